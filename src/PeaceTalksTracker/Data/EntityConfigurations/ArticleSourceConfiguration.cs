using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSource>
{
    public void Configure(EntityTypeBuilder<ArticleSource> builder)
    {
        builder.ToTable("ArticleSources");
        builder.HasIndex(s => s.SourcePath).IsUnique();
        builder.HasIndex(s => s.ArticleId);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        builder.Property(s => s.AddedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.HasOne<Article>().WithMany().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
