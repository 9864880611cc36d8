using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Pages.Themes;

/// <summary><c>/themes</c>: every theme of the codebook with its coverage across the whole store.</summary>
public sealed class IndexModel(IDbContextFactory<PeaceTalksDbContext> dbFactory, CodebookProvider codebookProvider, StoreAggregates aggregates) : PageModel
{
    public sealed record ThemeCoverage(ThemeCode Code, int Articles, int Paragraphs, double ArticleShare, double AverageShare);

    public int TotalArticles { get; private set; }

    public IReadOnlyList<ThemeCoverage> Rows { get; private set; } = [];

    public bool IncludeAll { get; private set; }

    public int NotCounted { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        IncludeAll = FigureScope.IncludeAll(Request);
        var articles = FigureScope.Articles(db, IncludeAll);
        TotalArticles = await articles.CountAsync(cancellationToken);
        NotCounted = await FigureScope.NotCountedAsync(db, cancellationToken);
        var counts = await aggregates.GetAsync(db, "theme-coverage|" + FigureScope.Key(IncludeAll), () => db.ArticleThemes
            .Join(articles, t => t.ArticleId, a => a.Id, (t, a) => t).GroupBy(t => t.ThemeId)
            .Select(g => new { g.Key, Articles = g.Count(), Paragraphs = g.Sum(t => t.Paragraphs), Share = g.Average(t => t.Share) })
            .ToDictionaryAsync(g => g.Key, cancellationToken), cancellationToken);
        Rows = codebookProvider.Current.Themes
            .Select(code => counts.TryGetValue(code.Id, out var c)
                ? new ThemeCoverage(code, c.Articles, c.Paragraphs, TotalArticles == 0 ? 0 : c.Articles / (double)TotalArticles, c.Share)
                : new ThemeCoverage(code, 0, 0, 0, 0))
            .OrderByDescending(r => r.Articles).ThenByDescending(r => r.Paragraphs).ThenBy(r => r.Code.Name, StringComparer.Ordinal)
            .ToList();
    }
}
