using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Api;

namespace PeaceTalksTracker.Browse;

/// <summary><c>/export.csv</c> and <c>/export.json</c>: the article list with the same query string as <c>/</c>, every page of it.</summary>
public static class ArticleExportEndpoints
{
    public sealed record ExportedArticle(
        string Slug, string Title, string? Outlet, string? Author, string? PublishedOn, int WordCount, int ReadingMinutes, string Url,
        IReadOnlyDictionary<string, int> Stakeholders, IReadOnlyDictionary<string, double> Themes);

    public sealed record ExportedList(IReadOnlyList<string> Notes, IAsyncEnumerable<ExportedArticle> Articles);

    public static IEndpointRouteBuilder MapArticleExports(this IEndpointRouteBuilder routes)
    {
        // Every page of the list in one response: limited per client like the search API and its exports.
        routes.MapGet("/export.csv", ExportCsvAsync).WithTags("Articles").WithName("ExportArticlesCsv")
            .WithSummary("The article list as CSV; takes the list's query string (stakeholder, theme, outlet, from, to, sort).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(SearchApi.RateLimitPolicy);
        routes.MapGet("/export.json", ExportJson).WithTags("Articles").WithName("ExportArticlesJson")
            .WithSummary("The article list as JSON; takes the list's query string (stakeholder, theme, outlet, from, to, sort).")
            .Produces<ExportedList>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(SearchApi.RateLimitPolicy);
        return routes;
    }

    private static async Task ExportCsvAsync(HttpContext context, ArticleListQuery listQuery, CodebookProvider codebook)
    {
        var filter = ArticleListFilter.Parse(context.Request.Query, codebook.Current, new List<string>());
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"articles.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await writer.WriteAsync(Csv.Row(["slug", "title", "outlet", "author", "published_on", "word_count", "reading_minutes", "url", "stakeholders", "themes"]));
        await foreach (var article in ReadAsync(listQuery, filter, context.RequestAborted))
        {
            var cells = new[]
            {
                article.Slug, article.Title, article.Outlet, article.Author, article.PublishedOn,
                article.WordCount.ToString(CultureInfo.InvariantCulture), article.ReadingMinutes.ToString(CultureInfo.InvariantCulture), article.Url,
                string.Join("; ", article.Stakeholders.Select(s => $"{s.Key}:{s.Value.ToString(CultureInfo.InvariantCulture)}")),
                string.Join("; ", article.Themes.Select(t => $"{t.Key}:{t.Value.ToString("0.###", CultureInfo.InvariantCulture)}")),
            };
            await writer.WriteAsync(Csv.Row(cells));
        }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Ok<ExportedList> ExportJson(HttpContext context, ArticleListQuery listQuery, CodebookProvider codebook)
    {
        var notes = new List<string>();
        var filter = ArticleListFilter.Parse(context.Request.Query, codebook.Current, notes);
        context.Response.Headers.ContentDisposition = "inline; filename=\"articles.json\"";
        return TypedResults.Ok(new ExportedList(notes, ReadAsync(listQuery, filter, context.RequestAborted)));
    }

    private static async IAsyncEnumerable<ExportedArticle> ReadAsync(
        ArticleListQuery listQuery, ArticleListFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (row, codes) in listQuery.StreamAllAsync(filter, cancellationToken))
        {
            yield return new ExportedArticle(
                row.Slug, row.Title, row.Outlet, row.Author, ArticleListFilter.Iso(row.PublishedOn), row.WordCount, row.ReadingMinutes,
                "/articles/" + Uri.EscapeDataString(row.Slug),
                codes.Stakeholders.ToDictionary(s => s.Id, s => s.Count),
                codes.Themes.ToDictionary(t => t.Id, t => Math.Round(t.Share, 4)));
        }
    }
}
