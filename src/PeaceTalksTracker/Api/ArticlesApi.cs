using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Api;

/// <summary><c>/api/articles</c>: the article list and one article with its paragraphs.</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", ListAsync).WithName("ListArticles")
            .WithSummary("Every article with its metadata, its stakeholders (most mentioned first) and its theme profile.");
        group.MapGet("/{slug}", GetAsync).WithName("GetArticle")
            .WithSummary("One article: metadata, body, paragraphs with their mentions and themes, quotes, and its profile.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    public sealed record ArticleSummary(
        string Slug, string Title, bool TitleIsDerived, string? Outlet, string? Author, string? PublishedOn, int WordCount, string SourceFile,
        IReadOnlyList<StakeholderCount> Stakeholders, IReadOnlyList<ThemeCount> Themes);

    /// <summary>How often an article names a stakeholder.</summary>
    public sealed record StakeholderCount(string Id, string Name, int Mentions);

    /// <summary>How many of an article's paragraphs are on a theme, and the share of its words they hold (0 to 1).</summary>
    public sealed record ThemeCount(string Id, string Name, int Paragraphs, double Share);

    public sealed record ParagraphDto(
        int Index, string? Heading, string Text, string Kind,
        IReadOnlyList<string> Stakeholders, IReadOnlyList<string> Themes, IReadOnlyList<MentionDto> Mentions);

    /// <summary>Where a stakeholder is named: <see cref="Start"/> and <see cref="Length"/> are character offsets into the paragraph's text.</summary>
    public sealed record MentionDto(string Stakeholder, int Start, int Length, string Text);

    /// <summary>A quotation; <see cref="Speaker"/> and <see cref="Stakeholder"/> are null for a phrase nobody is named as saying.</summary>
    public sealed record QuoteDto(string? Speaker, string? Stakeholder, string Text, int Paragraph);

    public sealed record ArticleDetail(
        string Slug, string Title, bool TitleIsDerived, string? Subtitle, string? Outlet, string? Author, string? Dateline,
        string? PublishedOn, string? Caption, string? CaptionCredit, string? SourceUrl, int WordCount, string SourceFile,
        IReadOnlyList<StakeholderCount> Stakeholders, IReadOnlyList<ThemeCount> Themes, IReadOnlyList<string> CitedSources, IReadOnlyList<string> RemovedTexts, string BodyMarkdown, string BodyHtml,
        IReadOnlyList<ParagraphDto> Paragraphs, IReadOnlyList<QuoteDto> Quotes);

    private static async Task<Ok<List<ArticleSummary>>> ListAsync(
        IDbContextFactory<PeaceTalksDbContext> dbFactory, CodebookProvider codebooks, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Articles
            .OrderByDescending(a => a.PublishedOn).ThenBy(a => a.Title)
            .Select(a => new { a.Id, a.Slug, a.Title, a.TitleIsDerived, a.Outlet, a.Author, a.PublishedOn, a.WordCount, a.SourceFile })
            .ToListAsync(cancellationToken);

        // One query per profile table for the whole list, grouped here, rather than one query per article.
        var stakeholders = (await db.ArticleStakeholders
                .OrderByDescending(s => s.Mentions).ThenBy(s => s.StakeholderId)
                .Select(s => new { s.ArticleId, s.StakeholderId, s.Mentions })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.ArticleId);
        var themes = (await db.ArticleThemes
                .OrderByDescending(t => t.Share).ThenBy(t => t.ThemeId)
                .Select(t => new { t.ArticleId, t.ThemeId, t.Paragraphs, t.Share })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.ArticleId);
        var codebook = codebooks.Current;
        return TypedResults.Ok(rows
            .Select(a => new ArticleSummary(a.Slug, a.Title, a.TitleIsDerived, a.Outlet, a.Author, PublicationDate.Iso(a.PublishedOn), a.WordCount, a.SourceFile,
                stakeholders[a.Id].Select(s => new StakeholderCount(s.StakeholderId, StakeholderName(codebook, s.StakeholderId), s.Mentions)).ToList(),
                themes[a.Id].Select(t => new ThemeCount(t.ThemeId, ThemeName(codebook, t.ThemeId), t.Paragraphs, t.Share)).ToList()))
            .ToList());
    }

    private static string StakeholderName(Codebook codebook, string id) => codebook.FindStakeholder(id)?.Name ?? id;

    private static string ThemeName(Codebook codebook, string id) => codebook.FindTheme(id)?.Name ?? id;

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetAsync(
        string slug, IDbContextFactory<PeaceTalksDbContext> dbFactory, ArticleRenderer renderer, CodebookProvider codebooks,
        CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await db.BeginReadSnapshotAsync(cancellationToken);
        var article = await db.Articles
            .Include(a => a.Paragraphs.OrderBy(p => p.Index))
            .Include(a => a.CitedSources.OrderBy(c => c.Position))
            .Include(a => a.RemovedTexts.OrderBy(r => r.Position))
            .Include(a => a.Paragraphs).ThenInclude(p => p.Mentions.OrderBy(m => m.Start))
            .Include(a => a.Paragraphs).ThenInclude(p => p.Themes.OrderByDescending(t => t.Score))
            .Include(a => a.Quotes.OrderBy(q => q.ParagraphIndex).ThenBy(q => q.Id))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found",
                detail: $"No article has the slug '{slug}'. GET /api/articles lists the slugs there are.");
        }

        // The same profile as the list's, so a client that has an article's detail needs nothing from the list.
        var codebook = codebooks.Current;
        var stakeholders = await db.ArticleStakeholders.Where(s => s.ArticleId == article.Id)
            .OrderByDescending(s => s.Mentions).ThenBy(s => s.StakeholderId)
            .Select(s => new { s.StakeholderId, s.Mentions })
            .ToListAsync(cancellationToken);
        var themes = await db.ArticleThemes.Where(t => t.ArticleId == article.Id)
            .OrderByDescending(t => t.Share).ThenBy(t => t.ThemeId)
            .Select(t => new { t.ThemeId, t.Paragraphs, t.Share })
            .ToListAsync(cancellationToken);

        return TypedResults.Ok(new ArticleDetail(
            article.Slug, article.Title, article.TitleIsDerived, article.Subtitle, article.Outlet, article.Author, article.Dateline,
            PublicationDate.Iso(article.PublishedOn), article.Caption, article.CaptionCredit, article.SourceUrl, article.WordCount, article.SourceFile,
            stakeholders.Select(s => new StakeholderCount(s.StakeholderId, StakeholderName(codebook, s.StakeholderId), s.Mentions)).ToList(),
            themes.Select(t => new ThemeCount(t.ThemeId, ThemeName(codebook, t.ThemeId), t.Paragraphs, t.Share)).ToList(),
            article.CitedSources.Select(c => c.Name).ToList(),
            article.RemovedTexts.Select(r => r.Text).ToList(),
            article.BodyMarkdown, renderer.ToHtml(article.BodyMarkdown),
            article.Paragraphs.Select(p => new ParagraphDto(p.Index, p.Heading, p.Text, p.Kind.ToString().ToLowerInvariant(),
                p.Mentions.Select(m => m.StakeholderId).Distinct().ToList(),
                p.Themes.Select(t => t.ThemeId).ToList(),
                p.Mentions.Select(m => new MentionDto(m.StakeholderId, m.Start, m.Length, m.Text)).ToList())).ToList(),
            article.Quotes.Select(q => new QuoteDto(q.Speaker, q.StakeholderId, q.Text, q.ParagraphIndex)).ToList()));
    }
}
