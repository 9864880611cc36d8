namespace PeaceTalksTracker.Intake.Sources.Links;

/// <summary>How links and feeds are fetched, bound from the "Links" section. The size limit is <c>Import:MaxFileBytes</c>.</summary>
public sealed class LinkOptions
{
    public const string SectionName = "Links";

    /// <summary>Sent with every request, so a site can tell who is asking (and block it by name if it must).</summary>
    public string UserAgent { get; set; } = "PeaceTalksTracker/1.0 (news coverage tracker; +https://github.com/peacetalkstracker)";

    /// <summary>One attempt's time limit.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The whole request's time limit, retries and back-off included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after a transient failure (a 5xx, 408, 429, a dropped connection, a timed-out attempt).</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxRedirects { get; set; } = 5;
}
