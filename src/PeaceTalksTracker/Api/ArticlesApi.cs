using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Api;

/// <summary><c>/api/articles</c>: the article list and one article with its paragraphs.</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", ListAsync).WithName("ListArticles");
        group.MapGet("/{slug}", GetAsync).WithName("GetArticle");
        return routes;
    }

    public sealed record ArticleSummary(
        string Slug, string Title, bool TitleIsDerived, string? Outlet, string? Author, string? PublishedOn, int WordCount, string SourceFile);

    public sealed record ParagraphDto(int Index, string? Heading, string Text, string Kind);

    public sealed record ArticleDetail(
        string Slug, string Title, bool TitleIsDerived, string? Subtitle, string? Outlet, string? Author, string? Dateline,
        string? PublishedOn, string? Caption, string? CaptionCredit, string? SourceUrl, int WordCount, string SourceFile,
        IReadOnlyList<string> CitedSources, IReadOnlyList<string> RemovedTexts, string BodyMarkdown, string BodyHtml,
        IReadOnlyList<ParagraphDto> Paragraphs);

    private static async Task<Ok<List<ArticleSummary>>> ListAsync(IDbContextFactory<PeaceTalksDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Articles
            .OrderByDescending(a => a.PublishedOn).ThenBy(a => a.Title)
            .Select(a => new { a.Slug, a.Title, a.TitleIsDerived, a.Outlet, a.Author, a.PublishedOn, a.WordCount, a.SourceFile })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows
            .Select(a => new ArticleSummary(a.Slug, a.Title, a.TitleIsDerived, a.Outlet, a.Author, FormatDate(a.PublishedOn), a.WordCount, a.SourceFile))
            .ToList());
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetAsync(
        string slug, IDbContextFactory<PeaceTalksDbContext> dbFactory, ArticleRenderer renderer, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles
            .Include(a => a.Paragraphs.OrderBy(p => p.Index))
            .Include(a => a.CitedSources.OrderBy(c => c.Position))
            .Include(a => a.RemovedTexts.OrderBy(r => r.Position))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found",
                detail: $"No article has the slug '{slug}'. GET /api/articles lists the slugs there are.");
        }

        return TypedResults.Ok(new ArticleDetail(
            article.Slug, article.Title, article.TitleIsDerived, article.Subtitle, article.Outlet, article.Author, article.Dateline,
            FormatDate(article.PublishedOn), article.Caption, article.CaptionCredit, article.SourceUrl, article.WordCount, article.SourceFile,
            article.CitedSources.Select(c => c.Name).ToList(),
            article.RemovedTexts.Select(r => r.Text).ToList(),
            article.BodyMarkdown, renderer.ToHtml(article.BodyMarkdown),
            article.Paragraphs.Select(p => new ParagraphDto(p.Index, p.Heading, p.Text, p.Kind.ToString().ToLowerInvariant())).ToList()));
    }

    internal static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
