using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Pages.Stakeholders;

/// <summary><c>/stakeholders</c>: every stakeholder of the codebook with its coverage across the whole store.</summary>
public sealed class IndexModel(IDbContextFactory<PeaceTalksDbContext> dbFactory, CodebookProvider codebookProvider, StoreAggregates aggregates) : PageModel
{
    public sealed record StakeholderCoverage(StakeholderCode Code, int Articles, int Mentions, int Paragraphs, double ArticleShare, double MentionShare);

    public int TotalArticles { get; private set; }

    public IReadOnlyList<StakeholderCoverage> Rows { get; private set; } = [];

    public bool IncludeAll { get; private set; }

    public int NotCounted { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        IncludeAll = FigureScope.IncludeAll(Request);
        var articles = FigureScope.Articles(db, IncludeAll);
        TotalArticles = await articles.CountAsync(cancellationToken);
        NotCounted = await FigureScope.NotCountedAsync(db, cancellationToken);
        var counts = await aggregates.GetAsync(db, "stakeholder-coverage|" + FigureScope.Key(IncludeAll), () => db.ArticleStakeholders
            .Join(articles, s => s.ArticleId, a => a.Id, (s, a) => s).GroupBy(s => s.StakeholderId)
            .Select(g => new { g.Key, Articles = g.Count(), Mentions = g.Sum(s => s.Mentions), Paragraphs = g.Sum(s => s.Paragraphs) })
            .ToDictionaryAsync(g => g.Key, cancellationToken), cancellationToken);
        var allMentions = Math.Max(1, counts.Values.Sum(c => c.Mentions));
        Rows = codebookProvider.Current.Stakeholders
            .Select(code => counts.TryGetValue(code.Id, out var c)
                ? new StakeholderCoverage(code, c.Articles, c.Mentions, c.Paragraphs, TotalArticles == 0 ? 0 : c.Articles / (double)TotalArticles, c.Mentions / (double)allMentions)
                : new StakeholderCoverage(code, 0, 0, 0, 0, 0))
            .OrderByDescending(r => r.Articles).ThenByDescending(r => r.Mentions).ThenBy(r => r.Code.Name, StringComparer.Ordinal)
            .ToList();
    }
}
