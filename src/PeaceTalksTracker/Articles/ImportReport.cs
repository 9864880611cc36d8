using PeaceTalksTracker.Intake.Sources;

namespace PeaceTalksTracker.Articles;

public enum ImportOutcome
{
    Imported,
    Updated,
    Unchanged,
    Rejected,

    /// <summary>The same text as an article already stored from another file: remembered as another source of it.</summary>
    SameText,
}

/// <summary>Where an imported article came from; the summary counts each kind separately.</summary>
public enum ImportSourceKind
{
    File,
    Link,
    FeedItem,
}

/// <summary>What happened to one file, link or feed item; <see cref="Reason"/> says why it was rejected.</summary>
/// <remarks><see cref="Flag"/> is the page-quality reason when the page was imported flagged ("paywall stub: 132 words").</remarks>
public sealed record ImportResult(string Path, ImportOutcome Outcome, string? Slug = null, string? Reason = null, string? Note = null, string? Flag = null)
{
    public ImportSourceKind Source { get; init; } = ImportSourceKind.File;

    /// <summary>The path or URL safe to print: a newline or an ANSI escape in a file name is shown escaped.</summary>
    public string DisplayPath => PrintableText.Escape(Path);

    public override string ToString() => Outcome switch
    {
        ImportOutcome.Rejected => $"rejected  {DisplayPath}: {PrintableText.Escape(Reason ?? "")}",
        ImportOutcome.SameText => $"same text {DisplayPath} -> /articles/{Slug}{(Note is null ? "" : $" ({PrintableText.Escape(Note)})")}",
        _ => $"{Outcome.ToString().ToLowerInvariant(),-9} {DisplayPath} -> /articles/{Slug}{(Flag is null ? "" : $", flagged as {Article(Flag)}{PrintableText.Escape(Flag)}")}{(Note is null ? "" : $" ({PrintableText.Escape(Note)})")}",
    };

    // "flagged as a paywall stub", but "flagged as too short to be an article": a reason that is not a noun takes no article.
    private static string Article(string reason) =>
        reason.StartsWith("too ", StringComparison.OrdinalIgnoreCase) ? ""
        : "aeiou".Contains(char.ToLowerInvariant(reason[0]), StringComparison.Ordinal) ? "an " : "a ";
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

    public int SameText => Count(ImportOutcome.SameText);
    public int Flagged => _results.Count(r => r.Flag is not null && r.Outcome is ImportOutcome.Imported or ImportOutcome.Updated);

    /// <summary>The outcomes, how many files, links and feed items they came from, then how many were flagged.</summary>
    public string Summary =>
        $"{Imported} imported, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected"
        + (SameText > 0 ? $", {SameText} same text as an article already stored" : "")
        + $" ({Plural(Files, "file")}, {Plural(Links, "link")}, {Plural(FeedItems, "feed item")})"
        + (Flagged > 0 ? $"; {Flagged} flagged as not an article" : "");

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private int Count(ImportOutcome outcome) => _results.Count(r => r.Outcome == outcome);
}
