using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class ArticleShingleBandConfiguration : IEntityTypeConfiguration<ArticleShingleBand>
{
    public void Configure(EntityTypeBuilder<ArticleShingleBand> builder)
    {
        builder.ToTable("ArticleShingleBands");

        // The key first: a candidate lookup is "which articles have this key"; the ArticleId index serves re-imports.
        builder.HasKey(b => new { b.Key, b.ArticleId });
        builder.HasIndex(b => b.ArticleId);
        builder.HasOne<Article>().WithMany().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
