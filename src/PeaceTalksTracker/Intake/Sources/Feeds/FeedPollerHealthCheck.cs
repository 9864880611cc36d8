using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Intake.Sources.Feeds;

/// <summary>
/// <c>feed-poller</c> in <c>/healthz</c>. Unhealthy when the poller should run and does not: it stopped, or no round
/// has finished for much longer than rounds take. Degraded when it runs but a round failed (the store could not be
/// written) or feeds are failing. A failing feed is the feed's problem, not the app's, so it never makes the app 503.
/// </summary>
/// <remarks>Names feeds by id and name only: the error texts stay on <c>/feeds</c> and in the log.</remarks>
public sealed class FeedPollerHealthCheck(
    FeedPollingService service, IDbContextFactory<PeaceTalksDbContext> dbFactory, IOptions<FeedOptions> options, TimeProvider clock) : IHealthCheck
{
    /// <summary>A round that polls many slow feeds can take minutes; past this with no round finished, the poller is stuck.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(30);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (summary, failingList, failing) = await FeedsAsync(cancellationToken);

        if (!options.Value.Polling)
        {
            return HealthCheckResult.Healthy($"polling is off (Feeds:Polling); {summary}{failingList}");
        }

        var state = service.State;
        var now = clock.GetUtcNow();
        if (!state.Running)
        {
            // Before the first start (a moment after the app starts) it is not running yet; after it, it has stopped.
            return state.StartedAt is null
                ? HealthCheckResult.Healthy($"the poller is starting; {summary}")
                : HealthCheckResult.Unhealthy($"the poller has stopped; {summary}");
        }

        var lastSign = state.LastRoundAt ?? state.StartedAt ?? now;
        if (state.RoundStartedAt is null && now - lastSign > StuckAfter + options.Value.CheckEvery)
        {
            return HealthCheckResult.Unhealthy($"no poll round since {Ago(now - lastSign)}; {summary}");
        }

        if (state.RoundStartedAt is { } started && now - started > StuckAfter)
        {
            return HealthCheckResult.Unhealthy($"a poll round has run for {Ago(now - started)}; {summary}");
        }

        var last = state.LastRoundAt is { } at ? $"last round {Ago(now - at)} ago" : "first round running";
        if (state.LastRoundFailed)
        {
            return HealthCheckResult.Degraded($"{last} failed (see the log); {summary}{failingList}");
        }

        return failing == 0
            ? HealthCheckResult.Healthy($"{last}; {summary}")
            : HealthCheckResult.Degraded($"{last}; {summary}{failingList}");
    }

    /// <summary>The feeds in a few words, the failing ones named, and how many fail (-1: the store could not be read).</summary>
    private async Task<(string Summary, string FailingList, int Failing)> FeedsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var feeds = await db.Feeds.OrderBy(f => f.Id).Select(f => new { f.Id, f.Name, f.LastError, f.ConsecutiveFailures, f.LastFetchAt }).ToListAsync(cancellationToken);
            var failing = feeds.Where(f => f.LastError is not null).ToList();
            var waiting = feeds.Count(f => f.LastFetchAt is null);
            string[] parts =
            [
                .. failing.Count > 0 ? [$"{failing.Count} failing"] : Array.Empty<string>(),
                .. waiting > 0 ? [$"{waiting} not polled yet"] : Array.Empty<string>(),
            ];
            var summary = feeds.Count == 0 ? "no feeds" : $"{Count(feeds.Count, "feed")}, {(parts.Length == 0 ? "every last poll succeeded" : string.Join(", ", parts))}";
            var list = failing.Count == 0 ? ""
                : ": " + string.Join(", ", failing.Take(5).Select(f => $"feed {f.Id}{(f.Name is null ? "" : $" ({f.Name})")} failed {Count(f.ConsecutiveFailures, "poll")} in a row"))
                  + (failing.Count > 5 ? ", …" : "");
            return (summary, list, failing.Count);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or DbUpdateException)
        {
            // The store check reports (and logs) the store itself; this one only says it cannot tell about the feeds.
            return ("the feeds cannot be read from the store", "", -1);
        }
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string Ago(TimeSpan span) =>
        span < TimeSpan.FromMinutes(2) ? $"{Math.Max(0, (int)span.TotalSeconds)} s" : span < TimeSpan.FromHours(2) ? $"{(int)span.TotalMinutes} min" : $"{(int)span.TotalHours} h";
}
