using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Pages.Themes;

/// <summary><c>/themes/{id}</c>: the passages on one theme, grouped by article, with the stakeholders they involve.</summary>
public sealed class ShowModel(IDbContextFactory<PeaceTalksDbContext> dbFactory, CodebookProvider codebookProvider, StoreAggregates aggregates) : PageModel
{
    public sealed record StakeholderCount(string StakeholderId, int Paragraphs);

    public sealed class TaggedParagraph
    {
        public int Id { get; init; }

        public int ArticleId { get; init; }

        public int Index { get; init; }

        public double Score { get; init; }

        public required string Evidence { get; init; }
    }

    public Codebook Codebook => codebookProvider.Current;

    public ThemeCode Theme { get; private set; } = default!;

    public int ArticleCount { get; private set; }

    public int ParagraphCount { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public IReadOnlyList<PassageGroup> Groups { get; private set; } = [];

    public IReadOnlyDictionary<int, IReadOnlyList<string>> Evidence { get; private set; } = new Dictionary<int, IReadOnlyList<string>>();

    public IReadOnlyList<StakeholderCount> Stakeholders { get; private set; } = [];

    /// <summary>Every page counts (<c>?all=1</c>), not only real articles.</summary>
    public bool IncludeAll { get; private set; }

    public int NotCounted { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? page, CancellationToken cancellationToken)
    {
        if (Codebook.FindTheme(id) is not { } theme)
        {
            return NotFound();
        }

        Theme = theme;
        var themeId = theme.Id;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        IncludeAll = FigureScope.IncludeAll(Request);
        NotCounted = await FigureScope.NotCountedAsync(db, cancellationToken);
        var counted = FigureScope.Articles(db, IncludeAll);
        var scope = FigureScope.Key(IncludeAll);
        var profiles = db.ArticleThemes.Where(t => t.ThemeId == themeId).Join(counted, t => t.ArticleId, a => a.Id, (t, a) => t);
        (ArticleCount, ParagraphCount) = await aggregates.GetAsync(db, $"theme-totals|{scope}|" + themeId,
            async () => (await profiles.CountAsync(cancellationToken), await profiles.SumAsync(t => t.Paragraphs, cancellationToken)), cancellationToken);
        PageCount = Math.Max(1, (ArticleCount + Passages.ArticlesPerPage - 1) / Passages.ArticlesPerPage);
        PageNumber = Math.Min(Passages.ParsePage(page), PageCount);

        var articles = await profiles
            .Join(db.Articles, t => t.ArticleId, a => a.Id, (t, a) => new { a.Id, a.Slug, a.Title, a.Outlet, a.PublishedOn, t.Paragraphs, t.Share })
            .OrderByDescending(a => a.Share).ThenByDescending(a => a.PublishedOn).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * Passages.ArticlesPerPage).Take(Passages.ArticlesPerPage)
            .ToListAsync(cancellationToken);
        var articleIds = articles.Select(a => a.Id).ToList();
        // CROSS JOIN fixes the join order: from the page's articles to their paragraphs to those paragraphs' tags. Left to
        // itself SQLite may start from every paragraph on the theme (thousands at 100,000 articles) and look each one up.
        var articleIdsJson = System.Text.Json.JsonSerializer.Serialize(articleIds);
        var tagged = await db.Database.SqlQuery<TaggedParagraph>($"""
                SELECT p."Id", p."ArticleId", p."Index", t."Score", t."Evidence"
                FROM json_each({articleIdsJson}) j
                CROSS JOIN "Paragraphs" p ON p."ArticleId" = j.value
                CROSS JOIN "ParagraphThemes" t ON t."ParagraphId" = p."Id"
                WHERE t."ThemeId" = {themeId}
                """)
            .ToListAsync(cancellationToken);
        var shown = tagged.GroupBy(p => p.ArticleId).SelectMany(g => g.OrderByDescending(p => p.Score).ThenBy(p => p.Index).Take(Passages.PassagesPerArticle)).ToList();
        Evidence = shown.GroupBy(p => p.Id).ToDictionary(g => g.Key,
            g => (IReadOnlyList<string>)g.First().Evidence.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var passages = (await Passages.LoadAsync(db, shown.Select(p => p.Id).Distinct().ToList(), cancellationToken)).ToLookup(p => p.ArticleId);
        Groups = articles.Select(a => new PassageGroup(a.Slug, a.Title, a.Outlet, a.PublishedOn, a.Paragraphs, passages[a.Id].ToList())).ToList();

        Stakeholders = await aggregates.GetAsync(db, $"theme-stakeholders|{scope}|" + themeId, () => db.Mentions
            .Where(m => db.ParagraphThemes.Any(t => t.ParagraphId == m.ParagraphId && t.ThemeId == themeId))
            .Where(m => IncludeAll || db.Paragraphs.Any(p => p.Id == m.ParagraphId && counted.Any(a => a.Id == p.ArticleId)))
            .GroupBy(m => m.StakeholderId)
            .Select(g => new { g.Key, Count = g.Select(m => m.ParagraphId).Distinct().Count() })
            .OrderByDescending(s => s.Count).ThenBy(s => s.Key)
            .Select(s => new StakeholderCount(s.Key, s.Count))
            .ToListAsync(cancellationToken), cancellationToken);
        return Page();
    }

    public string StakeholderName(string id) => Codebook.FindStakeholder(id)?.Name ?? id;
}
