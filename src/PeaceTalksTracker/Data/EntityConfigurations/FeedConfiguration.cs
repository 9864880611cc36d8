using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Intake.Sources.Feeds;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        builder.ToTable("Feeds");
        builder.HasIndex(f => f.Url).IsUnique();
        builder.Property(f => f.Origin).HasMaxLength(20);
        // Ticks sort and compare in SQLite; DateTimeOffset text does not (the poller asks "which feeds are due").
        builder.Property(f => f.NextFetchAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(f => f.LastFetchAt).HasConversion(v => v.HasValue ? v.Value.UtcTicks : (long?)null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
        builder.Property(f => f.LastSuccessAt).HasConversion(v => v.HasValue ? v.Value.UtcTicks : (long?)null, v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
        builder.HasMany(f => f.Items).WithOne().HasForeignKey(i => i.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
