using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class ArticleFingerprintConfiguration : IEntityTypeConfiguration<ArticleFingerprint>
{
    public void Configure(EntityTypeBuilder<ArticleFingerprint> builder)
    {
        builder.ToTable("ArticleFingerprints");
        builder.HasKey(f => f.ArticleId);
        builder.HasIndex(f => f.TextHash);
        builder.Property(f => f.TextHash).HasMaxLength(32);
        builder.HasOne<Article>().WithOne().HasForeignKey<ArticleFingerprint>(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
