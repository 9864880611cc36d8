using System.Globalization;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Browse;

public enum ArticleSort
{
    Date = 0,
    Title = 1,
    Relevance = 2,
}

/// <summary>
/// The whole state of the article list as the URL carries it (<c>?stakeholder=russia&amp;theme=territory&amp;sort=date</c>),
/// shared by the list page, its exports and the coverage page.
/// </summary>
public sealed record ArticleListFilter
{
    public const int PageSize = 25;
    public const int MaxCodesPerFilter = 20;
    public const int MaxOutletLength = 200;

    public IReadOnlyList<string> Stakeholders { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public string? Outlet { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public ArticleSort Sort { get; init; } = ArticleSort.Date;
    public int Page { get; init; } = 1;

    /// <summary>True when nothing narrows the list, so counts can skip the filter entirely.</summary>
    public bool IsUnfiltered => Stakeholders.Count == 0 && Themes.Count == 0 && Outlet is null && From is null && To is null;

    public bool HasCodes => Stakeholders.Count > 0 || Themes.Count > 0;

    /// <summary>
    /// Reads the filter from a query string. Unknown codes, malformed dates and pages are dropped, and each drop adds
    /// a sentence to <paramref name="notes"/> for the reader; nothing here throws on input.
    /// </summary>
    public static ArticleListFilter Parse(IQueryCollection query, Codebook codebook, ICollection<string> notes)
    {
        var stakeholders = ParseCodes(query["stakeholder"], id => codebook.FindStakeholder(id) is not null, "stakeholder", notes);
        var themes = ParseCodes(query["theme"], id => codebook.FindTheme(id) is not null, "theme", notes);

        string? outlet = query["outlet"].ToString().Trim();
        if (outlet.Length == 0)
        {
            outlet = null;
        }
        else if (outlet.Length > MaxOutletLength)
        {
            notes.Add("The outlet name was too long and was ignored.");
            outlet = null;
        }

        var from = ParseDate(query["from"], "from", notes);
        var to = ParseDate(query["to"], "to", notes);
        if (from is not null && to is not null && from > to)
        {
            notes.Add($"The date range was reversed ({Iso(from)} is after {Iso(to)}); the dates were swapped.");
            (from, to) = (to, from);
        }

        var sortText = query["sort"].ToString().Trim().ToLowerInvariant();
        var sort = sortText switch
        {
            "" or "date" => ArticleSort.Date,
            "title" => ArticleSort.Title,
            "relevance" => ArticleSort.Relevance,
            _ => (ArticleSort?)null,
        };
        if (sort is null)
        {
            notes.Add($"Unknown sort order \u201c{Shorten(sortText)}\u201d; sorted by date instead.");
        }

        var page = 1;
        var pageText = query["page"].ToString().Trim();
        if (pageText.Length > 0 && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            notes.Add($"\u201c{Shorten(pageText)}\u201d is not a page number; showing the first page.");
            page = 1;
        }

        return new ArticleListFilter
        {
            Stakeholders = stakeholders, Themes = themes, Outlet = outlet, From = from, To = to, Sort = sort ?? ArticleSort.Date, Page = page,
        };
    }

    /// <summary>The query string that reproduces this filter; defaults are left out so URLs stay short.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery(bool includePage = true)
    {
        foreach (var id in Stakeholders)
        {
            yield return new("stakeholder", id);
        }

        foreach (var id in Themes)
        {
            yield return new("theme", id);
        }

        if (Outlet is not null)
        {
            yield return new("outlet", Outlet);
        }

        if (From is not null)
        {
            yield return new("from", Iso(From));
        }

        if (To is not null)
        {
            yield return new("to", Iso(To));
        }

        if (Sort != ArticleSort.Date)
        {
            yield return new("sort", Sort.ToString().ToLowerInvariant());
        }

        if (includePage && Page > 1)
        {
            yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A link to <paramref name="path"/> with this filter, e.g. <c>/?stakeholder=nato&amp;page=2</c>.</summary>
    public string ToUrl(string path = "/", bool includePage = true) => path + QueryString.Create(ToQuery(includePage)).ToUriComponent();

    public static string? Iso(DateOnly? date) => PublicationDate.Iso(date);

    private static List<string> ParseCodes(IEnumerable<string?> values, Func<string, bool> known, string kind, ICollection<string> notes)
    {
        var ids = new List<string>();
        var unknown = new List<string>();
        foreach (var raw in values)
        {
            var id = (raw ?? "").Trim().ToLowerInvariant();
            if (id.Length == 0 || ids.Contains(id))
            {
                continue;
            }

            if (known(id))
            {
                if (ids.Count < MaxCodesPerFilter)
                {
                    ids.Add(id);
                }
            }
            else if (unknown.Count < 5)
            {
                unknown.Add(Shorten(id));
            }
        }

        if (unknown.Count > 0)
        {
            notes.Add($"Unknown {kind} {string.Join(", ", unknown.Select(u => $"\u201c{u}\u201d"))} ignored.");
        }

        return ids;
    }

    private static DateOnly? ParseDate(string? text, string name, ICollection<string> notes)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (PublicationDate.TryParseIso(text, out var date))
        {
            return date;
        }

        notes.Add($"\u201c{Shorten(text)}\u201d is not a date like 2025-07-01; the \u201c{name}\u201d date was ignored.");
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "\u2026";
}
