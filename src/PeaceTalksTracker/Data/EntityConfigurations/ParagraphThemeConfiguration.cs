using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class ParagraphThemeConfiguration : IEntityTypeConfiguration<ParagraphTheme>
{
    public void Configure(EntityTypeBuilder<ParagraphTheme> builder)
    {
        builder.ToTable("ParagraphThemes");
        builder.HasIndex(t => t.ParagraphId);
        builder.HasIndex(t => t.ThemeId);
    }
}
