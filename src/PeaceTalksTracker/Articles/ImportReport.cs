namespace PeaceTalksTracker.Articles;

public enum ImportOutcome
{
    Imported,
    Updated,
    Unchanged,
    Rejected,
}

/// <summary>What happened to one file; <see cref="Reason"/> says why a file was rejected.</summary>
public sealed record ImportResult(string Path, ImportOutcome Outcome, string? Slug = null, string? Reason = null, string? Note = null)
{
    public override string ToString() => Outcome switch
    {
        ImportOutcome.Rejected => $"rejected  {Path}: {Reason}",
        _ => $"{Outcome.ToString().ToLowerInvariant(),-9} {Path} -> /articles/{Slug}{(Note is null ? "" : $" ({Note})")}",
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

    public void Add(ImportResult result) => _results.Add(result);

    public string Summary => $"{Imported} imported, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected";

    private int Count(ImportOutcome outcome) => _results.Count(r => r.Outcome == outcome);
}
