namespace PeaceTalksTracker.Intake.Sources.Feeds;

/// <summary>A subscribed feed (RSS 2.0, Atom or JSON Feed) and how its polling went.</summary>
public sealed class Feed
{
    public int Id { get; set; }

    /// <summary>The feed's address, normalised; a feed is known by it.</summary>
    public required string Url { get; set; }
    public string? Name { get; set; }

    /// <summary>The outlet every article from this feed is credited to; null lets the page say.</summary>
    public string? Outlet { get; set; }
    public int IntervalMinutes { get; set; } = FeedOptions.DefaultIntervalMinutes;

    /// <summary>"config" for a feed from appsettings' Feeds section, "command" for one added with <c>feeds add</c>.</summary>
    public required string Origin { get; set; }

    /// <summary>The validators of the last answer, sent back so an unchanged feed costs a 304.</summary>
    public string? ETag { get; set; }
    public string? LastModified { get; set; }

    public DateTimeOffset? LastFetchAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>Failures in a row; each doubles the wait before the next try, up to <see cref="FeedOptions.MaxBackoff"/>.</summary>
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset NextFetchAt { get; set; }
    public int ItemsImported { get; set; }

    public List<FeedItem> Items { get; set; } = [];
}

/// <summary>An item of a feed that was imported (or permanently refused), so it is never imported twice.</summary>
public sealed class FeedItem
{
    public int Id { get; set; }
    public int FeedId { get; set; }

    /// <summary>The item's guid (or id), else its link: what makes it the same item on the next poll.</summary>
    public required string ItemKey { get; set; }
    public string? Link { get; set; }
    public int? ArticleId { get; set; }

    /// <summary>"imported", "updated", "unchanged" or "rejected: reason".</summary>
    public required string Outcome { get; set; }
    public DateTimeOffset SeenAt { get; set; }
}
