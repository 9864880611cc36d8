using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Pages.Stakeholders;

/// <summary><c>/stakeholders/{id}</c>: what the articles say about one stakeholder, its people's quotes, and the themes it comes with.</summary>
public sealed class ShowModel(IDbContextFactory<PeaceTalksDbContext> dbFactory, CodebookProvider codebookProvider, StoreAggregates aggregates) : PageModel
{
    public const int MaxQuotes = 40;

    public sealed record QuoteRow(string Slug, string Title, int ParagraphIndex, string? Speaker, string Text);

    public sealed record ThemeCount(string ThemeId, int Paragraphs);

    public Codebook Codebook => codebookProvider.Current;

    public StakeholderCode Stakeholder { get; private set; } = default!;

    public int ArticleCount { get; private set; }

    public int MentionCount { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public IReadOnlyList<PassageGroup> Groups { get; private set; } = [];

    public IReadOnlyList<QuoteRow> Quotes { get; private set; } = [];

    public IReadOnlyList<ThemeCount> Themes { get; private set; } = [];

    /// <summary>Every page counts (<c>?all=1</c>), not only real articles.</summary>
    public bool IncludeAll { get; private set; }

    public int NotCounted { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? page, CancellationToken cancellationToken)
    {
        if (Codebook.FindStakeholder(id) is not { } stakeholder)
        {
            return NotFound();
        }

        Stakeholder = stakeholder;
        var stakeholderId = stakeholder.Id;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        IncludeAll = FigureScope.IncludeAll(Request);
        NotCounted = await FigureScope.NotCountedAsync(db, cancellationToken);
        var counted = FigureScope.Articles(db, IncludeAll);
        var scope = FigureScope.Key(IncludeAll);
        var profiles = db.ArticleStakeholders.Where(s => s.StakeholderId == stakeholderId).Join(counted, s => s.ArticleId, a => a.Id, (s, a) => s);
        (ArticleCount, MentionCount) = await aggregates.GetAsync(db, $"stakeholder-totals|{scope}|" + stakeholderId,
            async () => (await profiles.CountAsync(cancellationToken), await profiles.SumAsync(s => s.Mentions, cancellationToken)), cancellationToken);
        PageCount = Math.Max(1, (ArticleCount + Passages.ArticlesPerPage - 1) / Passages.ArticlesPerPage);
        PageNumber = Math.Min(Passages.ParsePage(page), PageCount);

        var articles = await profiles
            .Join(db.Articles, s => s.ArticleId, a => a.Id, (s, a) => new { a.Id, a.Slug, a.Title, a.Outlet, a.PublishedOn, s.Paragraphs, s.Mentions })
            .OrderByDescending(a => a.Mentions).ThenByDescending(a => a.PublishedOn).ThenBy(a => a.Id)
            .Skip((PageNumber - 1) * Passages.ArticlesPerPage).Take(Passages.ArticlesPerPage)
            .ToListAsync(cancellationToken);
        var articleIds = articles.Select(a => a.Id).ToList();
        var paragraphIds = await db.Paragraphs
            .Where(p => articleIds.Contains(p.ArticleId) && p.Mentions.Any(m => m.StakeholderId == stakeholderId))
            .Select(p => new { p.Id, p.ArticleId, p.Index })
            .ToListAsync(cancellationToken);
        var shown = paragraphIds.GroupBy(p => p.ArticleId).SelectMany(g => g.OrderBy(p => p.Index).Take(Passages.PassagesPerArticle)).Select(p => p.Id).ToList();
        var passages = (await Passages.LoadAsync(db, shown, cancellationToken)).ToLookup(p => p.ArticleId);
        Groups = articles.Select(a => new PassageGroup(a.Slug, a.Title, a.Outlet, a.PublishedOn, a.Paragraphs, passages[a.Id].ToList())).ToList();

        Quotes = await db.Quotes.Where(q => q.StakeholderId == stakeholderId)
            .Join(counted, q => q.ArticleId, a => a.Id, (q, a) => new { q, a })
            .OrderByDescending(x => x.a.PublishedOn).ThenBy(x => x.a.Id).ThenBy(x => x.q.ParagraphIndex)
            .Take(MaxQuotes)
            .Select(x => new QuoteRow(x.a.Slug, x.a.Title, x.q.ParagraphIndex, x.q.Speaker, x.q.Text))
            .ToListAsync(cancellationToken);

        Themes = await aggregates.GetAsync(db, $"stakeholder-themes|{scope}|" + stakeholderId, () => db.ParagraphThemes
            .Where(t => db.Mentions.Any(m => m.ParagraphId == t.ParagraphId && m.StakeholderId == stakeholderId))
            .Where(t => IncludeAll || db.Paragraphs.Any(p => p.Id == t.ParagraphId && counted.Any(a => a.Id == p.ArticleId)))
            .GroupBy(t => t.ThemeId)
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(t => t.Count).ThenBy(t => t.Key)
            .Select(t => new ThemeCount(t.Key, t.Count))
            .ToListAsync(cancellationToken), cancellationToken);
        return Page();
    }

    public string StakeholderName(string id) => Codebook.FindStakeholder(id)?.Name ?? id;

    public string ThemeName(string id) => Codebook.FindTheme(id)?.Name ?? id;
}
