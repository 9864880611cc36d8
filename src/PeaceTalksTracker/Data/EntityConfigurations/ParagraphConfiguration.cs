using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class ParagraphConfiguration : IEntityTypeConfiguration<Paragraph>
{
    public void Configure(EntityTypeBuilder<Paragraph> builder)
    {
        builder.ToTable("Paragraphs");
        builder.HasIndex(p => new { p.ArticleId, p.Index }).IsUnique();
        builder.HasMany(p => p.Mentions).WithOne().HasForeignKey(m => m.ParagraphId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Themes).WithOne().HasForeignKey(t => t.ParagraphId).OnDelete(DeleteBehavior.Cascade);
    }
}
