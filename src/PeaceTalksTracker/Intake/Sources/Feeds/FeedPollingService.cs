using Microsoft.Extensions.Options;

namespace PeaceTalksTracker.Intake.Sources.Feeds;

/// <summary>
/// Polls the feeds while the app serves: brings the configured feeds into the store, then every
/// <see cref="FeedOptions.CheckEvery"/> polls those that are due. Nothing a feed does can stop it or the app.
/// </summary>
public sealed partial class FeedPollingService(
    FeedSubscriptions subscriptions, FeedPoller poller, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollingService> logger) : BackgroundService
{
    private volatile FeedPollerState _state = FeedPollerState.NotStarted;

    /// <summary>Where the poller is (for the health check): running or not, the round in progress, the last round and how it ended.</summary>
    public FeedPollerState State => _state;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Polling)
        {
            return;
        }

        // Off the start-up path: the app listens first, the feeds are fetched after.
        await Task.Yield();
        _state = _state with { Running = true, StartedAt = clock.GetUtcNow() };
        try
        {
            await RoundAsync(subscriptions.SyncConfiguredAsync, stoppingToken);
            using var timer = new PeriodicTimer(options.Value.CheckEvery, clock);
            do
            {
                _state = _state with { RoundStartedAt = clock.GetUtcNow() };
                var ok = await RoundAsync(async token => await poller.PollDueAsync(cancellationToken: token), stoppingToken);
                _state = _state with { RoundStartedAt = null, LastRoundAt = clock.GetUtcNow(), LastRoundFailed = !ok };
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
        finally
        {
            _state = _state with { Running = false, RoundStartedAt = null };
        }
    }

    private async Task<bool> RoundAsync(Func<CancellationToken, Task> round, CancellationToken stoppingToken)
    {
        try
        {
            await round(stoppingToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A store that is locked or full now may not be on the next round: keep polling.
            LogRoundFailed(ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed polling round failed; trying again on the next round")]
    private partial void LogRoundFailed(Exception exception);
}

/// <summary>A snapshot of the poller, replaced whole so a reader never sees half of an update.</summary>
public sealed record FeedPollerState(bool Running, DateTimeOffset? StartedAt, DateTimeOffset? RoundStartedAt, DateTimeOffset? LastRoundAt, bool LastRoundFailed)
{
    public static FeedPollerState NotStarted { get; } = new(false, null, null, null, false);
}
