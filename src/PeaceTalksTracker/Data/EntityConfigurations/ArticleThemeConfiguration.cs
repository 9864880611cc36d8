using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class ArticleThemeConfiguration : IEntityTypeConfiguration<ArticleTheme>
{
    public void Configure(EntityTypeBuilder<ArticleTheme> builder)
    {
        builder.ToTable("ArticleThemes");
        builder.HasKey(t => new { t.ArticleId, t.ThemeId });
        builder.HasIndex(t => new { t.ThemeId, t.ArticleId });
        // A theme's page shows the articles most about it first; the list sorted by relevance to it, those with most paragraphs on it (0002).
        builder.HasIndex(t => new { t.ThemeId, t.Share, t.ArticleId });
        builder.HasIndex(t => new { t.ThemeId, t.Paragraphs, t.ArticleId });
    }
}
