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

/// <summary>What happened to one file; <see cref="Reason"/> says why a file was rejected.</summary>
/// <remarks><see cref="Flag"/> is the page-quality reason when the page was imported flagged ("paywall stub: 132 words").</remarks>
public sealed record ImportResult(string Path, ImportOutcome Outcome, string? Slug = null, string? Reason = null, string? Note = null, string? Flag = null)
{
    public override string ToString() => Outcome switch
    {
        ImportOutcome.Rejected => $"rejected  {Path}: {Reason}",
        ImportOutcome.SameText => $"same text {Path} -> /articles/{Slug}{(Note is null ? "" : $" ({Note})")}",
        _ => $"{Outcome.ToString().ToLowerInvariant(),-9} {Path} -> /articles/{Slug}{(Flag is null ? "" : $", flagged as {Article(Flag)}{Flag}")}{(Note is null ? "" : $" ({Note})")}",
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

    public void Add(ImportResult result) => _results.Add(result);

    public int SameText => Count(ImportOutcome.SameText);
    public int Flagged => _results.Count(r => r.Flag is not null && r.Outcome is ImportOutcome.Imported or ImportOutcome.Updated);

    public string Summary =>
        $"{Imported} imported, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected"
        + (SameText > 0 ? $", {SameText} same text as an article already stored" : "")
        + (Flagged > 0 ? $"; {Flagged} flagged as not an article" : "");

    private int Count(ImportOutcome outcome) => _results.Count(r => r.Outcome == outcome);
}
