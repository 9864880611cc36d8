using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Comparison;

/// <summary>The article list's filter, by the list page's query parameter names.</summary>
public sealed record ArticleFilter(string? Stakeholder, string? Theme, string? Outlet, DateOnly? From, DateOnly? To);

/// <summary>The articles of a filter and how similar each pair is; <see cref="Similarity"/>[i, j] pairs Articles[i] and Articles[j].</summary>
public sealed record SimilarityMatrixResult(IReadOnlyList<ArticleChoice> Articles, double[,] Similarity, bool MoreMatch);

/// <summary>Loads the (newest, at most <see cref="MaxArticles"/>) articles of a list filter and their pairwise similarity.</summary>
public sealed class SimilarityMatrix(IDbContextFactory<PeaceTalksDbContext> dbFactory)
{
    public const int MaxArticles = 30;

    public async Task<SimilarityMatrixResult> BuildAsync(ArticleFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Counted articles only: a flagged page or a near-duplicate would be a cell that says nothing (or 1.00).
        var query = db.Articles.Counted();
        if (!string.IsNullOrEmpty(filter.Stakeholder))
        {
            query = query.Where(a => db.ArticleStakeholders.Any(s => s.ArticleId == a.Id && s.StakeholderId == filter.Stakeholder));
        }

        if (!string.IsNullOrEmpty(filter.Theme))
        {
            query = query.Where(a => db.ArticleThemes.Any(t => t.ArticleId == a.Id && t.ThemeId == filter.Theme));
        }

        if (!string.IsNullOrEmpty(filter.Outlet))
        {
            query = query.Where(a => a.Outlet == filter.Outlet);
        }

        if (filter.From is { } from)
        {
            query = query.Where(a => a.PublishedOn >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(a => a.PublishedOn <= to);
        }

        // One more than shown tells whether the filter matches more, without counting every match (slow at 100k).
        var articles = await query
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(MaxArticles + 1)
            .Select(a => new { a.Id, Choice = new ArticleChoice(a.Slug, a.Title, a.Outlet, a.PublishedOn) })
            .ToListAsync(cancellationToken);
        var moreMatch = articles.Count > MaxArticles;
        articles = articles.Take(MaxArticles).ToList();
        var ids = articles.Select(a => a.Id).ToList();
        var paragraphs = await db.Paragraphs
            .Where(p => ids.Contains(p.ArticleId))
            .Select(p => new { p.ArticleId, p.Text })
            .ToListAsync(cancellationToken);
        var texts = paragraphs.ToLookup(p => p.ArticleId, p => p.Text);
        var matrix = ArticleSimilarity.Matrix(ids.Select(id => texts[id]).ToList());
        return new SimilarityMatrixResult(articles.Select(a => a.Choice).ToList(), matrix, moreMatch);
    }
}
