namespace PeaceTalksTracker.Intake.Sources.Feeds;

/// <summary>The "Feeds" section: the configured feeds and how the poller runs.</summary>
public sealed class FeedOptions
{
    public const string SectionName = "Feeds";

    public const int DefaultIntervalMinutes = 30;

    /// <summary>Whether the app polls its feeds while it serves (the <c>feeds</c> commands work either way).</summary>
    public bool Polling { get; set; } = true;

    /// <summary>How often the poller looks for feeds that are due.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait after repeated failures.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Items read from one poll at most (newest first); the rest wait for the next poll.</summary>
    public int MaxItemsPerPoll { get; set; } = 50;

    /// <summary>Feeds from configuration; kept in the store beside the ones added with <c>feeds add</c>.</summary>
    public IReadOnlyList<ConfiguredFeed> Subscriptions { get; set; } = [];
}

public sealed class ConfiguredFeed
{
    public string Url { get; set; } = "";
    public string? Name { get; set; }
    public string? Outlet { get; set; }
    public int IntervalMinutes { get; set; } = FeedOptions.DefaultIntervalMinutes;
}
