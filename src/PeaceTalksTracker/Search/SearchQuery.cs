using System.Text;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Search;

/// <summary>
/// A reader's query after parsing: a safe FTS5 MATCH expression (every term quoted, nothing passed through raw),
/// the structured filters, and the notes that tell the reader what was dropped or corrected.
/// </summary>
public sealed record SearchQuery
{
    public static SearchQuery Empty { get; } = new();

    /// <summary>The FTS5 MATCH expression, or null when the query has no words to search for.</summary>
    public string? Match { get; init; }

    /// <summary>
    /// FTS5 expression of the excluded words (OR-ed), or null. Exclusion is by article: an article that mentions an
    /// excluded word anywhere is left out, as a reader expects of -word.
    /// </summary>
    public string? Exclude { get; init; }

    /// <summary>The words part in canonical form (what the reader typed, cleaned), without the filters.</summary>
    public string Text { get; init; } = "";

    public IReadOnlyList<string> Stakeholders { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Published strictly before this day.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>Published on or after this day.</summary>
    public DateOnly? After { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool HasFilters => Stakeholders.Count > 0 || Themes.Count > 0 || Outlets.Count > 0 || Before is not null || After is not null;

    /// <summary>True when there is nothing to search for and nothing to filter by.</summary>
    public bool IsEmpty => Match is null && !HasFilters;

    /// <summary>The query as a reader would type it; facet links and "remove filter" links are built from this.</summary>
    public override string ToString() => Compose(Text, Stakeholders, Themes, Outlets, Before, After);

    public string WithStakeholder(string id) =>
        Compose(Text, Stakeholders.Contains(id) ? Stakeholders : [.. Stakeholders, id], Themes, Outlets, Before, After);

    public string WithTheme(string id) =>
        Compose(Text, Stakeholders, Themes.Contains(id) ? Themes : [.. Themes, id], Outlets, Before, After);

    public string WithOutlet(string outlet) =>
        Compose(Text, Stakeholders, Themes, Outlets.Contains(outlet) ? Outlets : [.. Outlets, outlet], Before, After);

    public string WithoutStakeholder(string id) => Compose(Text, [.. Stakeholders.Where(s => s != id)], Themes, Outlets, Before, After);

    public string WithoutTheme(string id) => Compose(Text, Stakeholders, [.. Themes.Where(t => t != id)], Outlets, Before, After);

    public string WithoutOutlet(string outlet) => Compose(Text, Stakeholders, Themes, [.. Outlets.Where(o => o != outlet)], Before, After);

    public string WithoutBefore() => Compose(Text, Stakeholders, Themes, Outlets, null, After);

    public string WithoutAfter() => Compose(Text, Stakeholders, Themes, Outlets, Before, null);

    internal static string FormatDate(DateOnly date) => PublicationDate.Iso(date);

    private static string Compose(
        string text, IReadOnlyList<string> stakeholders, IReadOnlyList<string> themes, IReadOnlyList<string> outlets, DateOnly? before, DateOnly? after)
    {
        var builder = new StringBuilder(text);
        foreach (var id in stakeholders)
        {
            Append(builder, "stakeholder:" + id);
        }

        foreach (var id in themes)
        {
            Append(builder, "theme:" + id);
        }

        foreach (var outlet in outlets)
        {
            Append(builder, "outlet:" + (outlet.Any(char.IsWhiteSpace) ? $"\"{outlet}\"" : outlet));
        }

        if (after is { } a)
        {
            Append(builder, "after:" + FormatDate(a));
        }

        if (before is { } b)
        {
            Append(builder, "before:" + FormatDate(b));
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string part)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(part);
    }
}
