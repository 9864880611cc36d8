using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
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

        public string Label => new DateOnly(Year, Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
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

        // Over time: every dated article the filter leaves, not only the first fifty.
        (StakeholderMonths, ThemeMonths) = await aggregates.GetAsync(db, "coverage-months|" + Filter.ToUrl("/", includePage: false),
            () => CountMonthsAsync(db, Filter, cancellationToken), cancellationToken);
    }

    private static async Task<(IReadOnlyList<MonthRow> Stakeholders, IReadOnlyList<MonthRow> Themes)> CountMonthsAsync(
        PeaceTalksDbContext db, ArticleListFilter filter, CancellationToken cancellationToken)
    {
        var dated = ArticleListQuery.Filter(db, filter).Where(a => a.PublishedOn != null);
        var months = await dated.GroupBy(a => new { a.PublishedOn!.Value.Year, a.PublishedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var stakeholderMonths = await dated.Join(db.ArticleStakeholders, a => a.Id, s => s.ArticleId, (a, s) => new { a.PublishedOn, s.StakeholderId })
            .GroupBy(x => new { x.PublishedOn!.Value.Year, x.PublishedOn.Value.Month, x.StakeholderId })
            .Select(g => new { g.Key.Year, g.Key.Month, Code = g.Key.StakeholderId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var themeMonths = await dated.Join(db.ArticleThemes, a => a.Id, t => t.ArticleId, (a, t) => new { a.PublishedOn, t.ThemeId })
            .GroupBy(x => new { x.PublishedOn!.Value.Year, x.PublishedOn.Value.Month, x.ThemeId })
            .Select(g => new { g.Key.Year, g.Key.Month, Code = g.Key.ThemeId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ordered = months.OrderBy(m => m.Year).ThenBy(m => m.Month).ToList();
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
