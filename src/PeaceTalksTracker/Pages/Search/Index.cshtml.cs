using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Search;

namespace PeaceTalksTracker.Pages.Search;

public sealed class IndexModel(
    SearchService search, CodebookProvider codebook, IDbContextFactory<PeaceTalksDbContext> dbFactory, IOptions<SearchOptions> options,
    ILogger<IndexModel> logger) : PageModel
{
    /// <summary>Queries a reader can click on the empty page, each with what it shows.</summary>
    public static IReadOnlyList<(string Query, string Explains)> Examples { get; } =
    [
        ("negotiating", "stemming: also finds negotiations, negotiated"),
        ("\"security guarantees\"", "an exact phrase"),
        ("negot*", "words that start with negot"),
        ("ceasefire OR truce", "either word"),
        ("talks -istanbul", "talks, but not where Istanbul is mentioned"),
        ("sanctions stakeholder:russia", "a word, in articles covering Russia"),
        ("territory theme:security-guarantees", "a word, in articles on a theme"),
        ("peace outlet:politico", "one outlet's coverage"),
        ("talks after:2025-06-01 before:2025-07-01", "published in June 2025"),
    ];

    public string Q { get; private set; } = "";

    public SearchQuery Query { get; private set; } = SearchQuery.Empty;

    public SearchSort Sort { get; private set; }

    public SearchResult Result { get; private set; } = SearchResult.None(20);

    public List<string> Notes { get; } = [];

    public IReadOnlyList<RecentArticle> Recent { get; private set; } = [];

    public Codebook Codebook => codebook.Current;

    public sealed record RecentArticle(string Slug, string Title, string? Outlet, DateOnly? PublishedOn);

    public async Task OnGetAsync(string? q, string? sort, CancellationToken cancellationToken)
    {
        // Read from the query string: a handler parameter named "page" binds the Razor Pages route value instead.
        string? page = Request.Query["page"];
        Q = q ?? "";
        Sort = string.Equals(sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance;
        Query = SearchQueryParser.Parse(Q, codebook.Current);
        Notes.AddRange(Query.Notes);
        var pageNumber = int.TryParse(page, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var p)
            ? Math.Clamp(p, 1, 100_000)
            : 1;
        var pageSize = Math.Clamp(options.Value.PageSize, 1, options.Value.MaxPageSize);

        if (Query.IsEmpty)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            Recent = await db.Articles
                .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
                .Select(a => new RecentArticle(a.Slug, a.Title, a.Outlet, a.PublishedOn))
                .Take(8)
                .ToListAsync(cancellationToken);
            return;
        }

        try
        {
            Result = await search.SearchAsync(Query, pageNumber, pageSize, Sort, cancellationToken);
            if (Result.CapNote is { } capNote)
            {
                Notes.Add(capNote);
            }
        }
        catch (SqliteException ex)
        {
            // Terms reach FTS5 quoted, so this is a last resort; the reader gets a message, never an error page.
            logger.LogWarning(ex, "Search for {Query} failed", Q);
            Notes.Add("This search could not run. Try fewer or simpler words.");
            Result = SearchResult.None(pageSize);
        }
    }

    public string StakeholderName(string id) => codebook.Current.FindStakeholder(id)?.Name ?? id;

    public string ThemeName(string id) => codebook.Current.FindTheme(id)?.Name ?? id;

    public string Link(string q, int page = 1, SearchSort? sort = null)
    {
        var url = "/search?q=" + Uri.EscapeDataString(q);
        if ((sort ?? Sort) == SearchSort.Date)
        {
            url += "&sort=date";
        }

        return page > 1 ? url + "&page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : url;
    }

    public string ExportLink(string extension) =>
        $"/search/export.{extension}?q={Uri.EscapeDataString(Query.ToString())}" + (Sort == SearchSort.Date ? "&sort=date" : "");
}
