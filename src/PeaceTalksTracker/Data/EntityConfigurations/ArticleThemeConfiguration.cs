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
    }
}
