using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Sources.Links;

namespace PeaceTalksTracker.Intake.Sources.Feeds;

/// <summary>The feeds kept in the store: those configured in appsettings and those added with <c>feeds add</c>.</summary>
public sealed class FeedSubscriptions(IDbContextFactory<PeaceTalksDbContext> dbFactory, IOptions<FeedOptions> options, TimeProvider clock)
{
    /// <summary>Adds a feed, or updates the name, outlet and interval of the one with this address; null when the URL is not http(s).</summary>
    public async Task<(Feed? Feed, bool Added)> AddAsync(string url, string? name, string? outlet, int? intervalMinutes, string origin, CancellationToken cancellationToken = default)
    {
        if (WebFetcher.Normalize(url) is not { } address)
        {
            return (null, false);
        }

        var key = address.ToString();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.Feeds.AsTracking().SingleOrDefaultAsync(f => f.Url == key, cancellationToken);
        var added = feed is null;
        feed ??= db.Feeds.Add(new Feed { Url = key, Origin = origin, NextFetchAt = clock.GetUtcNow() }).Entity;
        feed.Name = name ?? feed.Name;
        feed.Outlet = outlet ?? feed.Outlet;
        feed.IntervalMinutes = Math.Max(1, intervalMinutes ?? (added ? FeedOptions.DefaultIntervalMinutes : feed.IntervalMinutes));
        await db.SaveChangesAsync(cancellationToken);
        return (feed, added);
    }

    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Feeds.OrderBy(f => f.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Removes a feed by its address or id, with the record of its items (its articles stay).</summary>
    public async Task<Feed?> RemoveAsync(string urlOrId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = WebFetcher.Normalize(urlOrId)?.ToString();
        var feed = int.TryParse(urlOrId, out var id)
            ? await db.Feeds.AsTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            : await db.Feeds.AsTracking().SingleOrDefaultAsync(f => f.Url == key, cancellationToken);
        if (feed is not null)
        {
            db.Feeds.Remove(feed);
            await db.SaveChangesAsync(cancellationToken);
        }

        return feed;
    }

    /// <summary>Brings the feeds of the Feeds section into the store (new ones added; name, outlet and interval kept in step).</summary>
    public async Task SyncConfiguredAsync(CancellationToken cancellationToken = default)
    {
        foreach (var configured in options.Value.Subscriptions.Where(s => !string.IsNullOrWhiteSpace(s.Url)))
        {
            await AddAsync(configured.Url, configured.Name, configured.Outlet, configured.IntervalMinutes, "config", cancellationToken);
        }
    }
}
