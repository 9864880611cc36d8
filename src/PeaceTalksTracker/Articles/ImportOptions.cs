namespace PeaceTalksTracker.Articles;

/// <summary>Settings for the importer, bound from the "Import" section.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>Folder imported on every start; only new or changed files are written.</summary>
    public string SeedsPath { get; set; } = "seeds";

    public bool ImportSeedsOnStart { get; set; } = true;

    /// <summary>
    /// Files stored per transaction, at most: one commit per batch instead of per file, and each table written once per
    /// batch. Larger batches cost SQLite less (its full-text index is written at each commit: the Reuters corpus's rows
    /// took sqlite3 itself 10.4 s in batches of 256 articles, 5.4 s in batches of 1,024, 3.5 s in one), and a killed
    /// import loses at most the batch in flight, which the next run imports.
    /// </summary>
    public int BatchFiles { get; set; } = 2048;

    /// <summary>A batch ends early once its files hold this many bytes: two batches are in memory at once.</summary>
    public long BatchBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Files larger than this are rejected unread.</summary>
    public long MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>
    /// The file extensions imported; empty means <see cref="DefaultExtensions"/>. Not defaulted in the initializer: the
    /// configuration binder appends configured items to an initial list instead of replacing it (".txt, .md, .txt, .md").
    /// </summary>
    public IReadOnlyList<string> Extensions { get; set; } = [];

    public static IReadOnlyList<string> DefaultExtensions { get; } = [".txt", ".md", ".html", ".htm"];

    public IReadOnlyList<string> AcceptedExtensions() => Extensions.Count > 0 ? Extensions : DefaultExtensions;
}
