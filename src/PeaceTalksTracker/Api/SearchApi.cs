using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Search;

namespace PeaceTalksTracker.Api;

/// <summary><c>/api/search</c> and the exports <c>/search/export.csv</c> and <c>/search/export.json</c>.</summary>
public static class SearchApi
{
    public const string RateLimitPolicy = "search";

    private const string QueryHelp =
        "Words must all match; \"exact phrase\", prefix*, OR, -excluded; filters stakeholder:russia theme:humanitarian " +
        "outlet:politico (or outlet:\"Al Jazeera\") before:2025-07-01 after:2025-01-01.";

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/search", SearchAsync)
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Full-text search over the articles' titles and paragraphs")
            .WithDescription("q: " + QueryHelp + " One hit per matching article, at its best paragraph; total counts matching " +
                             "articles and the facets count matching articles per stakeholder, theme and outlet. format=csv downloads the page as CSV.")
            .Produces<SearchResponse>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitPolicy);

        routes.MapGet("/search/export.csv", (HttpRequest request, SearchService search, CodebookProvider codebook, IOptions<SearchOptions> options, CancellationToken ct) =>
                ExportAsync(request, "csv", search, codebook, options.Value, ct))
            .WithTags("Search")
            .WithName("ExportSearchCsv")
            .WithSummary("The current search result (up to the export limit) as CSV")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitPolicy);

        routes.MapGet("/search/export.json", (HttpRequest request, SearchService search, CodebookProvider codebook, IOptions<SearchOptions> options, CancellationToken ct) =>
                ExportAsync(request, "json", search, codebook, options.Value, ct))
            .WithTags("Search")
            .WithName("ExportSearchJson")
            .WithSummary("The current search result (up to the export limit) as JSON, in the shape of /api/search")
            .Produces<SearchResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitPolicy);
        return routes;
    }

    public sealed record SearchHitDto(
        string Slug, string Title, int Paragraph, string Snippet, string? Heading, string? Outlet, string? PublishedOn, string Url, int MatchingParagraphs);

    /// <summary>A page of search hits; snippet is HTML: the text encoded, the matched terms in &lt;mark&gt;.</summary>
    public sealed record SearchResponse(
        string Query, int Total, int TotalParagraphs, int Page, int PageSize, IReadOnlyList<SearchHitDto> Hits, SearchFacets Facets,
        IReadOnlyList<string> Notes);

    private static async Task<Results<Ok<SearchResponse>, FileContentHttpResult, ProblemHttpResult>> SearchAsync(
        string? q, string? page, string? pageSize, string? sort, string? format,
        SearchService search, CodebookProvider codebook, IOptions<SearchOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !csv && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unknown format", $"format must be json or csv, not '{format}'.");
        }

        var size = Math.Clamp(ParseInt(pageSize) ?? settings.PageSize, 1, settings.MaxPageSize);
        var outcome = await RunAsync(q, ParseInt(page) ?? 1, size, sort, search, codebook, settings, cancellationToken);
        if (outcome.Problem is not null)
        {
            return outcome.Problem;
        }

        return csv ? Csv(outcome.Result!) : TypedResults.Ok(outcome.Response!);
    }

    private static async Task<IResult> ExportAsync(
        HttpRequest request, string format, SearchService search, CodebookProvider codebook, SearchOptions settings, CancellationToken cancellationToken)
    {
        var outcome = await RunAsync(request.Query["q"], 1, Math.Max(1, settings.MaxExportRows), request.Query["sort"], search, codebook, settings, cancellationToken);
        if (outcome.Problem is not null)
        {
            return outcome.Problem;
        }

        return format == "csv" ? Csv(outcome.Result!) : TypedResults.Ok(outcome.Response!);
    }

    private sealed record Outcome(SearchResult? Result, SearchResponse? Response, ProblemHttpResult? Problem);

    private static async Task<Outcome> RunAsync(
        string? q, int page, int pageSize, string? sort, SearchService search, CodebookProvider codebook, SearchOptions settings,
        CancellationToken cancellationToken)
    {
        if (q is { Length: var length } && length > settings.MaxQueryLength)
        {
            return new Outcome(null, null, Problem(StatusCodes.Status400BadRequest, "Query too long",
                $"q is {length} characters long; the limit is {settings.MaxQueryLength}."));
        }

        var query = SearchQueryParser.Parse(q, codebook.Current);
        var notes = query.Notes.ToList();
        if (query.IsEmpty)
        {
            notes.Add("Nothing to search for. " + QueryHelp);
        }

        var sortBy = string.Equals(sort, "date", StringComparison.OrdinalIgnoreCase) ? SearchSort.Date : SearchSort.Relevance;
        SearchResult result;
        try
        {
            result = await search.SearchAsync(query, Math.Clamp(page, 1, 100_000), pageSize, sortBy, cancellationToken);
        }
        catch (SqliteException ex)
        {
            return new Outcome(null, null, Problem(StatusCodes.Status400BadRequest, "The search could not run",
                $"SQLite could not run this search ({ex.SqliteErrorCode}). Simplify the query. {QueryHelp}"));
        }

        if (result.CapNote is { } capNote)
        {
            notes.Add(capNote);
        }

        var response = new SearchResponse(query.ToString(), result.Total, result.TotalParagraphs, result.Page, result.PageSize,
            result.Hits.Select(h => new SearchHitDto(h.Slug, h.Title, h.Paragraph, h.Snippet.ToHtml(), h.Heading, h.Outlet,
                h.PublishedOn is { } date ? SearchQuery.FormatDate(date) : null, SearchExport.Anchor(h), h.MatchingParagraphs)).ToList(),
            result.Facets, notes);
        return new Outcome(result, response, null);
    }

    private static FileContentHttpResult Csv(SearchResult result) =>
        TypedResults.File(Encoding.UTF8.GetBytes(SearchExport.ToCsv(result.Hits)), "text/csv; charset=utf-8", "search.csv");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static int? ParseInt(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
