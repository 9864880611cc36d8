using Microsoft.AspNetCore.Http.HttpResults;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Api;

/// <summary><c>/api/compare?a={slug}&amp;b={slug}</c>: two articles' profiles side by side and their aligned passages.</summary>
public static class CompareApi
{
    public static IEndpointRouteBuilder MapCompareApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/compare", CompareAsync).WithTags("Compare").WithName("CompareArticles")
            .WithSummary("Compare two articles by stakeholder, theme and passage");
        routes.MapGet("/api/compare/articles", FindAsync).WithTags("Compare").WithName("FindArticlesToCompare")
            .WithSummary("Up to 20 articles whose title or slug contains q, newest first (the compare pickers' suggestions)");
        return routes;
    }

    public sealed record ArticleRef(string Slug, string Title);

    /// <summary>Mentions of a stakeholder in A and in B.</summary>
    public sealed record StakeholderCounts(string Id, int A, int B);

    /// <summary>Share of A's and of B's words on a theme (0 to 1), and the indexes of the paragraphs on it.</summary>
    public sealed record ThemeShares(string Id, double A, double B, IReadOnlyList<int> AParagraphs, IReadOnlyList<int> BParagraphs);

    /// <summary>
    /// Paragraph <c>a</c> of A makes the same point as paragraph <c>b</c> of B, in the words <c>textA</c> and
    /// <c>textB</c> (a sentence of a long paragraph, or the whole); <c>shared</c> are the words they share.
    /// </summary>
    public sealed record Alignment(int A, int B, double Similarity, IReadOnlyList<string> Shared, string TextA, string TextB, bool Quotation);

    /// <summary>The answer at a glance: a verdict in words and the share of the shorter article's passages both make.</summary>
    public sealed record Summary(string Verdict, double SharedShare, IReadOnlyList<string> OnlyAStakeholders, IReadOnlyList<string> OnlyBStakeholders,
        IReadOnlyList<string> OnlyAThemes, IReadOnlyList<string> OnlyBThemes, int SharedQuotations);

    public sealed record CompareResponse(
        ArticleRef A, ArticleRef B, string? Stakeholder, string? Theme, Summary Summary,
        IReadOnlyList<StakeholderCounts> Stakeholders, IReadOnlyList<ThemeShares> Themes,
        IReadOnlyList<Alignment> Alignments, IReadOnlyList<int> OnlyInA, IReadOnlyList<int> OnlyInB);

    private static async Task<Results<Ok<CompareResponse>, ProblemHttpResult>> CompareAsync(
        string? a, string? b, string? stakeholder, string? theme, ArticleComparison comparison, CodebookProvider codebook,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Two articles are needed",
                detail: "Give the slugs of the two articles to compare as ?a={slug}&b={slug}. GET /api/articles lists the slugs.");
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The same article twice",
                detail: "a and b name the same article; choose two different articles.");
        }

        var focus = new ComparisonFocus(NullIfEmpty(stakeholder), NullIfEmpty(theme));
        if (focus.StakeholderId is { } unknownStakeholder && codebook.Current.FindStakeholder(unknownStakeholder) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown stakeholder",
                detail: $"The codebook has no stakeholder '{unknownStakeholder}'. GET /api/codebook lists the ids.");
        }

        if (focus.ThemeId is { } unknownTheme && codebook.Current.FindTheme(unknownTheme) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown theme",
                detail: $"The codebook has no theme '{unknownTheme}'. GET /api/codebook lists the ids.");
        }

        var outcome = await comparison.CompareAsync([a, b], focus, cancellationToken);
        if (outcome.Result is not { } result)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found",
                detail: $"No article has the slug '{string.Join("' or '", outcome.MissingSlugs)}'. GET /api/articles lists the slugs there are.");
        }

        var first = result.Articles[0];
        var second = result.Articles[1];
        return TypedResults.Ok(new CompareResponse(
            new ArticleRef(first.Slug, first.Title),
            new ArticleRef(second.Slug, second.Title),
            focus.StakeholderId,
            focus.ThemeId,
            new Summary(result.Summary!.Verdict, Math.Round(result.Summary.SharedShare, 3),
                result.Omissions[0].Stakeholders, result.Omissions[1].Stakeholders, result.Omissions[0].Themes, result.Omissions[1].Themes,
                result.Summary.SharedQuotations.Count),
            result.Stakeholders.Select(s => new StakeholderCounts(s.Id, s.Mentions[0], s.Mentions[1])).ToList(),
            result.Themes.Select(t => new ThemeShares(t.Id, Math.Round(t.Shares[0], 4), Math.Round(t.Shares[1], 4), t.Paragraphs[0], t.Paragraphs[1])).ToList(),
            result.Pairs.Select(p => new Alignment(p.A.Index, p.B.Index, p.Similarity, p.Shared.Select(s => s.InA).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), p.TextA, p.TextB, p.Quotation)).ToList(),
            result.OnlyInA.Select(p => p.Index).ToList(),
            result.OnlyInB.Select(p => p.Index).ToList()));
    }

    private static async Task<Results<Ok<List<ArticleChoice>>, ProblemHttpResult>> FindAsync(
        string? q, ArticleComparison comparison, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2 || q.Length > 200)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Type at least two characters",
                detail: "q is the text to look for in article titles and slugs: 2 to 200 characters.");
        }

        return TypedResults.Ok(await comparison.FindAsync(q, 20, cancellationToken));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
