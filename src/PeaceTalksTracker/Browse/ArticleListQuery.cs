using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Browse;

/// <summary>
/// The one place the article list is filtered, counted, sorted and paged: the list page, its CSV/JSON exports and the
/// coverage page all go through here, so they always agree. The database does the work through the
/// ArticleStakeholders/ArticleThemes index tables; only the page being shown is loaded.
/// </summary>
public sealed class ArticleListQuery(IDbContextFactory<PeaceTalksDbContext> dbFactory, IMemoryCache cache, StoreVersion storeVersion)
{
    /// <summary>
    /// How long a filter's total and facet counts are reused. They are keyed by the <see cref="StoreVersion"/> too, so an
    /// import or a re-tag shows at once.
    /// </summary>
    public static readonly TimeSpan CountsLifetime = TimeSpan.FromMinutes(2);

    public const int WordsPerMinute = 230;
    public const int MaxOutletFacets = 60;

    public sealed record CodeCount(string Id, int Count);

    public sealed record ArticleCodes(IReadOnlyList<CodeCount> Stakeholders, IReadOnlyList<ThemeShare> Themes);

    public sealed record ThemeShare(string Id, int Paragraphs, double Share);

    public sealed record ArticleRow(
        int Id, string Slug, string Title, string? Outlet, string? Author, DateOnly? PublishedOn, int WordCount, int Relevance)
    {
        public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / (double)WordsPerMinute, MidpointRounding.AwayFromZero));
    }

    public sealed record Facets(
        IReadOnlyDictionary<string, int> Stakeholders, IReadOnlyDictionary<string, int> Themes, IReadOnlyList<CodeCount> Outlets);

    public sealed record ListPage(
        int Total, int Page, int PageCount, IReadOnlyList<ArticleRow> Articles, IReadOnlyDictionary<int, ArticleCodes> Codes, Facets Facets)
    {
        /// <summary>Per row: its standfirst and, for a page that is not counted, why (quality flag or near-duplicate).</summary>
        public IReadOnlyDictionary<int, RowCleaning> Cleaning { get; init; } = new Dictionary<int, RowCleaning>();
    }

    public sealed record RowCleaning(string? Standfirst, string? QualityReason, bool IsNearDuplicate);

    /// <summary>One page of the list, with each article's codes and the facet counts around the filter.</summary>
    public async Task<ListPage> GetPageAsync(ArticleListFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (total, facets) = await GetCountsAsync(db, filter, cancellationToken);
        var pageCount = Math.Max(1, (total + ArticleListFilter.PageSize - 1) / ArticleListFilter.PageSize);
        var page = Math.Min(filter.Page, pageCount);
        var rows = await Order(db, Filter(db, filter), filter)
            .Skip((page - 1) * ArticleListFilter.PageSize)
            .Take(ArticleListFilter.PageSize)
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var codes = await LoadCodesAsync(db, ids, cancellationToken);

        // One look-up for the page's 20 rows, so the ordered row queries stay exactly as they are.
        var cleaning = await db.Articles.Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Subtitle, a.QualityReason, a.DuplicateOfId })
            .ToDictionaryAsync(a => a.Id, a => new RowCleaning(a.Subtitle, a.QualityReason, a.DuplicateOfId != null), cancellationToken);
        return new ListPage(total, page, pageCount, rows, codes, facets) { Cleaning = cleaning };
    }

    /// <summary>The first <paramref name="limit"/> articles of the list in its order, for the coverage matrix.</summary>
    public async Task<(int Total, IReadOnlyList<ArticleRow> Rows)> GetTopAsync(ArticleListFilter filter, int limit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (total, _) = await GetCountsAsync(db, filter, cancellationToken);
        var rows = await Order(db, Filter(db, filter), filter).Take(limit).ToListAsync(cancellationToken);
        return (total, rows);
    }

    /// <summary>Every article of the list in its order, streamed, with codes loaded a batch at a time.</summary>
    public async IAsyncEnumerable<(ArticleRow Row, ArticleCodes Codes)> StreamAllAsync(
        ArticleListFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // A second context for the code look-ups, because the first one's reader stays open while the list streams.
        await using var codesDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        var batch = new List<ArticleRow>(500);
        await foreach (var row in Order(db, Filter(db, filter), filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == 500)
            {
                foreach (var item in await WithCodesAsync(codesDb, batch, cancellationToken))
                {
                    yield return item;
                }

                batch.Clear();
            }
        }

        foreach (var item in await WithCodesAsync(codesDb, batch, cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>
    /// The filter's total and facet counts. Counting means touching every matching index row (a quarter of a
    /// 100,000-article store for a common stakeholder), so the answer is kept for <see cref="CountsLifetime"/>.
    /// </summary>
    private async Task<(int Total, Facets Facets)> GetCountsAsync(PeaceTalksDbContext db, ArticleListFilter filter, CancellationToken cancellationToken)
    {
        var version = storeVersion.Current;
        var key = string.Join('|', "article-list-counts", version, string.Join(',', filter.Stakeholders.Order(StringComparer.Ordinal)),
            string.Join(',', filter.Themes.Order(StringComparer.Ordinal)), filter.Outlet, ArticleListFilter.Iso(filter.From), ArticleListFilter.Iso(filter.To));
        if (version >= 0 && cache.TryGetValue(key, out (int, Facets) cached))
        {
            return cached;
        }

        var counts = (await CountAsync(db, filter, cancellationToken), await GetFacetsAsync(db, filter, cancellationToken));
        if (version >= 0)
        {
            cache.Set(key, counts, CountsLifetime);
        }

        return counts;
    }

    private static Task<int> CountAsync(PeaceTalksDbContext db, ArticleListFilter filter, CancellationToken cancellationToken)
    {
        // One code and nothing else: the index table's range for that code is the answer.
        if (filter.Stakeholders.Count == 1 && filter.Themes.Count == 0 && filter.Outlet is null && filter.From is null && filter.To is null)
        {
            var id = filter.Stakeholders[0];
            return db.ArticleStakeholders.CountAsync(s => s.StakeholderId == id, cancellationToken);
        }

        if (filter.Themes.Count == 1 && filter.Stakeholders.Count == 0 && filter.Outlet is null && filter.From is null && filter.To is null)
        {
            var id = filter.Themes[0];
            return db.ArticleThemes.CountAsync(t => t.ThemeId == id, cancellationToken);
        }

        return MatchingIds(db, filter).CountAsync(cancellationToken);
    }

    /// <summary>
    /// The ids of the matching articles, driven from the code index tables (an INTERSECT of index ranges) rather than
    /// a scan of every article; the page query keeps the EXISTS form, which lets SQLite walk the date index and stop early.
    /// </summary>
    private static IQueryable<int> MatchingIds(PeaceTalksDbContext db, ArticleListFilter filter, bool includeOutlet = true)
    {
        IQueryable<int>? ids = null;
        foreach (var id in filter.Stakeholders)
        {
            var these = db.ArticleStakeholders.Where(s => s.StakeholderId == id).Select(s => s.ArticleId);
            ids = ids is null ? these : ids.Intersect(these);
        }

        foreach (var id in filter.Themes)
        {
            var these = db.ArticleThemes.Where(t => t.ThemeId == id).Select(t => t.ArticleId);
            ids = ids is null ? these : ids.Intersect(these);
        }

        var articles = db.Articles.AsQueryable();
        if (ids is not null)
        {
            articles = articles.Where(a => ids.Contains(a.Id));
        }

        if (includeOutlet && filter.Outlet is { } outlet)
        {
            articles = articles.Where(a => a.Outlet == outlet);
        }

        if (filter.From is { } from)
        {
            articles = articles.Where(a => a.PublishedOn >= from);
        }

        if (filter.To is { } to)
        {
            articles = articles.Where(a => a.PublishedOn <= to);
        }

        return articles.Select(a => a.Id);
    }

    internal static IQueryable<Article> Filter(PeaceTalksDbContext db, ArticleListFilter filter, bool includeOutlet = true)
    {
        IQueryable<Article> query = db.Articles;
        foreach (var id in filter.Stakeholders)
        {
            query = query.Where(a => db.ArticleStakeholders.Any(s => s.ArticleId == a.Id && s.StakeholderId == id));
        }

        foreach (var id in filter.Themes)
        {
            query = query.Where(a => db.ArticleThemes.Any(t => t.ArticleId == a.Id && t.ThemeId == id));
        }

        if (includeOutlet && filter.Outlet is { } outlet)
        {
            query = query.Where(a => a.Outlet == outlet);
        }

        if (filter.From is { } from)
        {
            query = query.Where(a => a.PublishedOn >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(a => a.PublishedOn <= to);
        }

        return query;
    }

    private static IQueryable<ArticleRow> Order(PeaceTalksDbContext db, IQueryable<Article> query, ArticleListFilter filter)
    {
        var stakeholders = filter.Stakeholders.ToList();
        var themes = filter.Themes.ToList();
        var anyCodes = filter.HasCodes;

        if (filter.Sort == ArticleSort.Relevance && stakeholders.Count + themes.Count == 1)
        {
            // One code: an article's score is that code's own count, which the (code, count, article) index holds in
            // order, so SQLite walks it from the strongest end and stops after the page instead of scoring and sorting
            // every article with the code. Same order as the grouped form below.
            var single = stakeholders.Count == 1
                ? ScoresOf(db.ArticleStakeholders, stakeholders[0])
                : ScoresOf(db.ArticleThemes, themes[0]);
            return single.Join(query, s => s.ArticleId, a => a.Id, (s, a) => new { a.Id, a.Slug, a.Title, a.Outlet, a.Author, a.PublishedOn, a.WordCount, s.Score })
                .OrderByDescending(r => r.Score).ThenByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id)
                .Select(r => new ArticleRow(r.Id, r.Slug, r.Title, r.Outlet, r.Author, r.PublishedOn, r.WordCount, r.Score));
        }

        if (filter.Sort == ArticleSort.Relevance && anyCodes)
        {
            // Every article left has every chosen code, so one grouped pass over the chosen codes' index rows scores
            // them all; much cheaper than two correlated sums per article.
            var scores = db.ArticleStakeholders.Where(s => stakeholders.Contains(s.StakeholderId)).Select(s => new { s.ArticleId, Score = s.Mentions })
                .Concat(db.ArticleThemes.Where(t => themes.Contains(t.ThemeId)).Select(t => new { t.ArticleId, Score = t.Paragraphs }))
                .GroupBy(x => x.ArticleId)
                .Select(g => new { ArticleId = g.Key, Score = g.Sum(x => x.Score) });
            return query.Join(scores, a => a.Id, s => s.ArticleId, (a, s) => new { a.Id, a.Slug, a.Title, a.Outlet, a.Author, a.PublishedOn, a.WordCount, s.Score })
                .OrderByDescending(r => r.Score).ThenByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id)
                .Select(r => new ArticleRow(r.Id, r.Slug, r.Title, r.Outlet, r.Author, r.PublishedOn, r.WordCount, r.Score));
        }

        // Relevance with nothing chosen: coverage of every stakeholder and theme.
        var rows = query.Select(a => new
        {
            a.Id, a.Slug, a.Title, a.Outlet, a.Author, a.PublishedOn, a.WordCount,
            Relevance = filter.Sort == ArticleSort.Relevance
                ? (db.ArticleStakeholders.Where(s => s.ArticleId == a.Id).Sum(s => (int?)s.Mentions) ?? 0)
                  + (db.ArticleThemes.Where(t => t.ArticleId == a.Id).Sum(t => (int?)t.Paragraphs) ?? 0)
                : 0,
        });

        var ordered = filter.Sort switch
        {
            ArticleSort.Title => rows.OrderBy(r => r.Title).ThenBy(r => r.Id),
            ArticleSort.Relevance => rows.OrderByDescending(r => r.Relevance).ThenByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id),
            // Same-day articles newest-imported first: (PublishedOn, Id) is exactly the date index, so SQLite walks it
            // backwards and stops after one page instead of sorting the whole store.
            _ => rows.OrderByDescending(r => r.PublishedOn).ThenByDescending(r => r.Id),
        };
        return ordered.Select(r => new ArticleRow(r.Id, r.Slug, r.Title, r.Outlet, r.Author, r.PublishedOn, r.WordCount, r.Relevance));
    }

    // Member-initialised rather than positional, so EF can translate the join on ArticleId through it.
    private sealed class CodeScore
    {
        public int ArticleId { get; init; }

        public int Score { get; init; }
    }

    private static IQueryable<CodeScore> ScoresOf(IQueryable<ArticleStakeholder> profiles, string stakeholderId) =>
        profiles.Where(s => s.StakeholderId == stakeholderId).Select(s => new CodeScore { ArticleId = s.ArticleId, Score = s.Mentions });

    private static IQueryable<CodeScore> ScoresOf(IQueryable<ArticleTheme> profiles, string themeId) =>
        profiles.Where(t => t.ThemeId == themeId).Select(t => new CodeScore { ArticleId = t.ArticleId, Score = t.Paragraphs });

    private static async Task<Facets> GetFacetsAsync(PeaceTalksDbContext db, ArticleListFilter filter, CancellationToken cancellationToken)
    {
        // Adding a stakeholder to an "all of" filter leaves exactly the filtered articles that also have it,
        // so one GROUP BY over the index table answers every option at once.
        var ids = MatchingIds(db, filter);
        var stakeholderRows = filter.IsUnfiltered ? db.ArticleStakeholders : db.ArticleStakeholders.Where(s => ids.Contains(s.ArticleId));
        var stakeholders = await stakeholderRows.GroupBy(s => s.StakeholderId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var themeRows = filter.IsUnfiltered ? db.ArticleThemes : db.ArticleThemes.Where(t => ids.Contains(t.ArticleId));
        var themes = await themeRows.GroupBy(t => t.ThemeId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // Outlets are alternatives, so their counts ignore the outlet currently chosen.
        var outletIds = MatchingIds(db, filter, includeOutlet: false);
        var outlets = await (filter.IsUnfiltered || (filter.Outlet is not null && filter with { Outlet = null } is { IsUnfiltered: true })
                ? db.Articles : db.Articles.Where(a => outletIds.Contains(a.Id)))
            .Where(a => a.Outlet != null)
            .GroupBy(a => a.Outlet!)
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
            .Take(MaxOutletFacets)
            .ToListAsync(cancellationToken);
        return new Facets(stakeholders, themes, outlets.Select(o => new CodeCount(o.Key, o.Count)).ToList());
    }

    internal static async Task<IReadOnlyDictionary<int, ArticleCodes>> LoadCodesAsync(
        PeaceTalksDbContext db, IReadOnlyList<int> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return new Dictionary<int, ArticleCodes>();
        }

        var ids = articleIds.ToList();
        var stakeholders = await db.ArticleStakeholders.Where(s => ids.Contains(s.ArticleId))
            .Select(s => new { s.ArticleId, s.StakeholderId, s.Mentions })
            .ToListAsync(cancellationToken);
        var themes = await db.ArticleThemes.Where(t => ids.Contains(t.ArticleId))
            .Select(t => new { t.ArticleId, t.ThemeId, t.Paragraphs, t.Share })
            .ToListAsync(cancellationToken);
        return ids.ToDictionary(id => id, id => new ArticleCodes(
            stakeholders.Where(s => s.ArticleId == id).OrderByDescending(s => s.Mentions).ThenBy(s => s.StakeholderId, StringComparer.Ordinal)
                .Select(s => new CodeCount(s.StakeholderId, s.Mentions)).ToList(),
            themes.Where(t => t.ArticleId == id).OrderByDescending(t => t.Share).ThenBy(t => t.ThemeId, StringComparer.Ordinal)
                .Select(t => new ThemeShare(t.ThemeId, t.Paragraphs, t.Share)).ToList()));
    }

    private static async Task<List<(ArticleRow Row, ArticleCodes Codes)>> WithCodesAsync(
        PeaceTalksDbContext db, List<ArticleRow> batch, CancellationToken cancellationToken)
    {
        var codes = await LoadCodesAsync(db, batch.Select(r => r.Id).ToList(), cancellationToken);
        return batch.Select(r => (r, codes[r.Id])).ToList();
    }
}
