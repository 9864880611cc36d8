using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Api;

/// <summary>
/// <c>GET /api/feeds</c>: each feed and how its polling goes. Read-only on purpose: feeds are added from the command
/// line or configuration, so no request can make the server fetch an address of the visitor's choosing.
/// </summary>
public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/feeds", GetAsync).WithTags("Feeds").WithName("GetFeeds")
            .WithSummary("The subscribed feeds: last fetch, last success, items imported, last error.");
        return routes;
    }

    public sealed record FeedStatus(
        int Id, string Url, string? Name, string? Outlet, int IntervalMinutes, string Origin,
        DateTimeOffset? LastFetchAt, DateTimeOffset? LastSuccessAt, DateTimeOffset NextFetchAt,
        int ItemsImported, string? LastError, int ConsecutiveFailures);

    public static async Task<List<FeedStatus>> StatusAsync(PeaceTalksDbContext db, CancellationToken cancellationToken) =>
        await db.Feeds.OrderBy(f => f.Id)
            .Select(f => new FeedStatus(f.Id, f.Url, f.Name, f.Outlet, f.IntervalMinutes, f.Origin, f.LastFetchAt, f.LastSuccessAt, f.NextFetchAt,
                f.ItemsImported, f.LastError, f.ConsecutiveFailures))
            .ToListAsync(cancellationToken);

    private static async Task<Ok<List<FeedStatus>>> GetAsync(IDbContextFactory<PeaceTalksDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return TypedResults.Ok(await StatusAsync(db, cancellationToken));
    }
}
