using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Sources.Feeds;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> builder)
    {
        builder.ToTable("FeedItems");
        // An item is imported once per feed, known by its guid or link.
        builder.HasIndex(i => new { i.FeedId, i.ItemKey }).IsUnique();
        builder.Property(i => i.SeenAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        // Deleting an article keeps the record that its item was seen, so the item does not come back.
        builder.HasOne<Article>().WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
