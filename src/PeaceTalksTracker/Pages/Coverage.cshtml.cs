using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Pages;

/// <summary>
/// <c>/coverage</c>: articles × stakeholders and articles × themes as heatmaps (the list's filter, first
/// <see cref="MaxArticles"/> articles), and coverage per month for every stakeholder and theme.
/// </summary>
public sealed class CoverageModel(
    IDbContextFactory<PeaceTalksDbContext> dbFactory, ArticleListQuery listQuery, CodebookProvider codebookProvider, StoreAggregates aggregates)
    : PageModel
{
    public const int MaxArticles = 50;

    public sealed record MonthRow(int Year, int Month, int Articles, IReadOnlyDictionary<string, int> Counts)
    {
        public int Total => Counts.Values.Sum();

        /// <summary>The row of undated articles, after the months: they count, but belong to no month.</summary>
        public bool IsUndated => Year == 0;

        public string Label => IsUndated ? "Undated" : new DateOnly(Year, Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    }

    public Codebook Codebook => codebookProvider.Current;

    public ArticleListFilter Filter { get; private set; } = new();

    public List<string> Notes { get; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<ArticleListQuery.ArticleRow> Articles { get; private set; } = [];

    public IReadOnlyDictionary<(int ArticleId, string Code), int> StakeholderCells { get; private set; } = new Dictionary<(int, string), int>();

    public IReadOnlyDictionary<(int ArticleId, string Code), int> ThemeCells { get; private set; } = new Dictionary<(int, string), int>();

    public IReadOnlyList<MonthRow> StakeholderMonths { get; private set; } = [];

    public IReadOnlyList<MonthRow> ThemeMonths { get; private set; } = [];

    /// <summary>Every page counts over time (<c>?all=1</c>), not only real articles.</summary>
    public bool IncludeAll { get; private set; }

    public int NotCounted { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = ArticleListFilter.Parse(Request.Query, Codebook, Notes) with { Page = 1 };
        var (total, rows) = await listQuery.GetTopAsync(Filter, MaxArticles, cancellationToken);
        Total = total;
        Articles = rows;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        StakeholderCells = (await db.ArticleStakeholders.Where(s => ids.Contains(s.ArticleId))
                .Select(s => new { s.ArticleId, s.StakeholderId, s.Mentions }).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.ArticleId, s.StakeholderId), s => s.Mentions);
        ThemeCells = (await db.ArticleThemes.Where(t => ids.Contains(t.ArticleId))
                .Select(t => new { t.ArticleId, t.ThemeId, t.Paragraphs }).ToListAsync(cancellationToken))
            .ToDictionary(t => (t.ArticleId, t.ThemeId), t => t.Paragraphs);

        // Over time: every article the filter leaves, not only the first fifty; undated ones in their own row.
        IncludeAll = FigureScope.IncludeAll(Request);
        NotCounted = await FigureScope.NotCountedAsync(db, cancellationToken);
        (StakeholderMonths, ThemeMonths) = await aggregates.GetAsync(db, $"coverage-months|{FigureScope.Key(IncludeAll)}|" + Filter.ToUrl("/", includePage: false),
            () => CountMonthsAsync(db, Filter, IncludeAll, cancellationToken), cancellationToken);
    }

    private static async Task<(IReadOnlyList<MonthRow> Stakeholders, IReadOnlyList<MonthRow> Themes)> CountMonthsAsync(
        PeaceTalksDbContext db, ArticleListFilter filter, bool includeAll, CancellationToken cancellationToken)
    {
        var inScope = includeAll ? ArticleListQuery.Filter(db, filter) : ArticleListQuery.Filter(db, filter).Counted();
        var dated = inScope.Where(a => a.PublishedOn != null);
        var months = await dated.GroupBy(a => new { a.PublishedOn!.Value.Year, a.PublishedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var undated = inScope.Where(a => a.PublishedOn == null);
        var undatedCount = await undated.CountAsync(cancellationToken);
        if (undatedCount > 0)
        {
            months.Add(new { Year = 0, Month = 0, Count = undatedCount });
        }

        var undatedStakeholders = await undated.Join(db.ArticleStakeholders, a => a.Id, s => s.ArticleId, (a, s) => s.StakeholderId)
            .GroupBy(id => id).Select(g => new { Year = 0, Month = 0, Code = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var undatedThemes = await undated.Join(db.ArticleThemes, a => a.Id, t => t.ArticleId, (a, t) => t.ThemeId)
            .GroupBy(id => id).Select(g => new { Year = 0, Month = 0, Code = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var stakeholderMonths = await dated.Join(db.ArticleStakeholders, a => a.Id, s => s.ArticleId, (a, s) => new { a.PublishedOn, s.StakeholderId })
            .GroupBy(x => new { x.PublishedOn!.Value.Year, x.PublishedOn.Value.Month, x.StakeholderId })
            .Select(g => new { g.Key.Year, g.Key.Month, Code = g.Key.StakeholderId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var themeMonths = await dated.Join(db.ArticleThemes, a => a.Id, t => t.ArticleId, (a, t) => new { a.PublishedOn, t.ThemeId })
            .GroupBy(x => new { x.PublishedOn!.Value.Year, x.PublishedOn.Value.Month, x.ThemeId })
            .Select(g => new { g.Key.Year, g.Key.Month, Code = g.Key.ThemeId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        stakeholderMonths.AddRange(undatedStakeholders);
        themeMonths.AddRange(undatedThemes);
        var ordered = months.OrderBy(m => m.Year == 0).ThenBy(m => m.Year).ThenBy(m => m.Month).ToList();
        return (
            ordered.Select(m => new MonthRow(m.Year, m.Month, m.Count,
                stakeholderMonths.Where(s => s.Year == m.Year && s.Month == m.Month).ToDictionary(s => s.Code, s => s.Count))).ToList(),
            ordered.Select(m => new MonthRow(m.Year, m.Month, m.Count,
                themeMonths.Where(s => s.Year == m.Year && s.Month == m.Month).ToDictionary(s => s.Code, s => s.Count))).ToList());
    }

    /// <summary>Shade 0-5 relative to the largest value in the table; the number itself is always printed too.</summary>
    public static string Heat(int value, int max) =>
        value <= 0 || max <= 0 ? "heat-0" : $"heat-{Math.Clamp((int)Math.Ceiling(value * 5.0 / max), 1, 5)}";
}
