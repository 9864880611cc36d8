namespace PeaceTalksTracker.Search;

/// <summary>Search settings, bound from the "Search" section of configuration.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Hits per page on /search and the default for /api/search.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>The most hits one API page or one export may hold.</summary>
    public int MaxPageSize { get; set; } = 100;

    public int MaxExportRows { get; set; } = 1000;

    /// <summary>The API refuses a longer q with a 400; the page uses the first characters and says so.</summary>
    public int MaxQueryLength { get; set; } = 1000;

    /// <summary>
    /// The most matching paragraphs one search ranks and counts; a word in more (most of the store, like "the") is
    /// searched among the most recently imported this many, with a note to the reader.
    /// </summary>
    public int MaxRankedParagraphs { get; set; } = 20_000;

    public SearchRateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>Requests one client address may make to the search API and exports in one window.</summary>
public sealed class SearchRateLimitOptions
{
    public int PermitLimit { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}
