using Microsoft.Extensions.Options;

namespace PeaceTalksTracker.Intake.Sources.Feeds;

/// <summary>
/// Polls the feeds while the app serves: brings the configured feeds into the store, then every
/// <see cref="FeedOptions.CheckEvery"/> polls those that are due. Nothing a feed does can stop it or the app.
/// </summary>
public sealed partial class FeedPollingService(
    FeedSubscriptions subscriptions, FeedPoller poller, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPollingService> logger) : BackgroundService
{
    /// <summary>When the poller last finished a round; null before the first (for the health check and /api/feeds).</summary>
    public DateTimeOffset? LastRoundAt { get; private set; }

    public bool Running { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Polling)
        {
            return;
        }

        // Off the start-up path: the app listens first, the feeds are fetched after.
        await Task.Yield();
        Running = true;
        try
        {
            await RoundAsync(subscriptions.SyncConfiguredAsync, stoppingToken);
            using var timer = new PeriodicTimer(options.Value.CheckEvery, clock);
            do
            {
                await RoundAsync(async token => await poller.PollDueAsync(cancellationToken: token), stoppingToken);
                LastRoundAt = clock.GetUtcNow();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
        finally
        {
            Running = false;
        }
    }

    private async Task RoundAsync(Func<CancellationToken, Task> round, CancellationToken stoppingToken)
    {
        try
        {
            await round(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A store that is locked or full now may not be on the next round: keep polling.
            LogRoundFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed polling round failed; trying again on the next round")]
    private partial void LogRoundFailed(Exception exception);
}
