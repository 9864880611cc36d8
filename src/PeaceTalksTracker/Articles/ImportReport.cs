using PeaceTalksTracker.Intake.Sources;

namespace PeaceTalksTracker.Articles;

public enum ImportOutcome
{
    Imported,
    Updated,
    Unchanged,
    Rejected,
}

/// <summary>Where an imported article came from; the summary counts each kind separately.</summary>
public enum ImportSourceKind
{
    File,
    Link,
    FeedItem,
}

/// <summary>What happened to one file, link or feed item; <see cref="Reason"/> says why it was rejected.</summary>
public sealed record ImportResult(string Path, ImportOutcome Outcome, string? Slug = null, string? Reason = null, string? Note = null)
{
    public ImportSourceKind Source { get; init; } = ImportSourceKind.File;

    /// <summary>The path or URL safe to print: a newline or an ANSI escape in a file name is shown escaped.</summary>
    public string DisplayPath => PrintableText.Escape(Path);

    public override string ToString() => Outcome switch
    {
        ImportOutcome.Rejected => $"rejected  {DisplayPath}: {PrintableText.Escape(Reason ?? "")}",
        _ => $"{Outcome.ToString().ToLowerInvariant(),-9} {DisplayPath} -> /articles/{Slug}{(Note is null ? "" : $" ({PrintableText.Escape(Note)})")}",
    };
}

public sealed class ImportReport
{
    private readonly List<ImportResult> _results = [];

    public IReadOnlyList<ImportResult> Results => _results;
    public int Imported => Count(ImportOutcome.Imported);
    public int Updated => Count(ImportOutcome.Updated);
    public int Unchanged => Count(ImportOutcome.Unchanged);
    public int Rejected => Count(ImportOutcome.Rejected);

    public int Files => _results.Count(r => r.Source == ImportSourceKind.File);
    public int Links => _results.Count(r => r.Source == ImportSourceKind.Link);
    public int FeedItems => _results.Count(r => r.Source == ImportSourceKind.FeedItem);

    public void Add(ImportResult result) => _results.Add(result);

    /// <summary>The outcomes, then how many files, links and feed items they came from.</summary>
    public string Summary =>
        $"{Imported} imported, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected " +
        $"({Plural(Files, "file")}, {Plural(Links, "link")}, {Plural(FeedItems, "feed item")})";

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private int Count(ImportOutcome outcome) => _results.Count(r => r.Outcome == outcome);
}
