using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Comparison;

/// <summary>The outcome of asking to compare some slugs: the comparison, or which slugs were not found.</summary>
public sealed record ComparisonOutcome(ArticleComparisonResult? Result, IReadOnlyList<string> MissingSlugs);

/// <summary>An article to pick from: enough to label it in a picker.</summary>
public sealed record ArticleChoice(string Slug, string Title, string? Outlet, DateOnly? PublishedOn);

/// <summary>
/// Loads articles with their paragraphs and tags from the store and compares them (see <see cref="ArticleComparer"/>).
/// Used by the compare page and <c>/api/compare</c>.
/// </summary>
public sealed class ArticleComparison(
    IDbContextFactory<PeaceTalksDbContext> dbFactory, ArticleComparer comparer, ComparisonBackground background, CodebookProvider codebook)
{
    public const int MaxArticles = 4;

    public async Task<ComparisonOutcome> CompareAsync(IReadOnlyList<string> slugs, ComparisonFocus focus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var articles = new List<ComparedArticle>();
        var missing = new List<string>();
        foreach (var slug in slugs)
        {
            var article = await LoadAsync(db, slug, cancellationToken);
            if (article is null)
            {
                missing.Add(slug);
            }
            else
            {
                articles.Add(article);
            }
        }

        if (missing.Count > 0)
        {
            return new ComparisonOutcome(null, missing);
        }

        var current = codebook.Current;
        var result = comparer.Compare(
            articles, focus, await background.GetAsync(cancellationToken),
            current.Stakeholders.Select(s => s.Id).ToList(), current.Themes.Select(t => t.Id).ToList());
        return new ComparisonOutcome(result, []);
    }

    /// <summary>The most recent articles, newest first, to offer in the pickers.</summary>
    public async Task<List<ArticleChoice>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new ArticleChoice(a.Slug, a.Title, a.Outlet, a.PublishedOn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The articles with these slugs, in the order given (slugs naming no article are left out).</summary>
    public async Task<List<ArticleChoice>> ChoicesAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slugs);
        if (slugs.Count == 0)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Articles
            .Where(a => slugs.Contains(a.Slug))
            .Select(a => new ArticleChoice(a.Slug, a.Title, a.Outlet, a.PublishedOn))
            .ToListAsync(cancellationToken);
        return slugs.Select(s => found.Find(c => c.Slug == s)).OfType<ArticleChoice>().Distinct().ToList();
    }

    /// <summary>Articles whose title contains the text (newest first), for pickers that find any article by typing.</summary>
    public async Task<List<ArticleChoice>> FindAsync(string text, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = "%" + text.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Articles
            .Where(a => EF.Functions.Like(a.Title, pattern, @"\") || EF.Functions.Like(a.Slug, pattern, @"\"))
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(limit)
            .Select(a => new ArticleChoice(a.Slug, a.Title, a.Outlet, a.PublishedOn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What a reader typed in a picker, as a slug: the slug itself, or the slug of the article with exactly that
    /// title (the datalist shows titles). Null when neither matches.
    /// </summary>
    public async Task<string?> ResolveAsync(string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var text = typed.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Articles.AnyAsync(a => a.Slug == text, cancellationToken))
        {
            return text;
        }

        var byTitle = await db.Articles.Where(a => a.Title == text).Select(a => a.Slug).Take(2).ToListAsync(cancellationToken);
        return byTitle.Count == 1 ? byTitle[0] : null;
    }

    private static async Task<ComparedArticle?> LoadAsync(PeaceTalksDbContext db, string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles
            .Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Slug, a.Title, a.Outlet, a.Author, a.PublishedOn, a.WordCount })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        var paragraphs = await db.Paragraphs
            .Where(p => p.ArticleId == article.Id)
            .OrderBy(p => p.Index)
            .Select(p => new { p.Id, p.Index, p.Heading, p.Text })
            .ToListAsync(cancellationToken);
        // Joined from the article's paragraphs, so SQLite walks the (ArticleId, Index) and ParagraphId indexes.
        var mentions = await (
                from p in db.Paragraphs
                where p.ArticleId == article.Id
                join m in db.Mentions on p.Id equals m.ParagraphId
                select new { m.ParagraphId, m.StakeholderId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var themes = await (
                from p in db.Paragraphs
                where p.ArticleId == article.Id
                join t in db.ParagraphThemes on p.Id equals t.ParagraphId
                select new { t.ParagraphId, t.ThemeId })
            .Distinct()
            .ToListAsync(cancellationToken);
        var stakeholders = await db.ArticleStakeholders
            .Where(s => s.ArticleId == article.Id)
            .Select(s => new { s.StakeholderId, s.Mentions })
            .ToListAsync(cancellationToken);
        var shares = await db.ArticleThemes
            .Where(t => t.ArticleId == article.Id)
            .Select(t => new { t.ThemeId, t.Share })
            .ToListAsync(cancellationToken);
        var quotes = await db.Quotes
            .Where(q => q.ArticleId == article.Id)
            .OrderBy(q => q.ParagraphIndex).ThenBy(q => q.Id)
            .Select(q => new ComparedQuote(q.ParagraphIndex, q.Speaker, q.StakeholderId, q.Text))
            .ToListAsync(cancellationToken);

        var mentionsByParagraph = mentions.ToLookup(m => m.ParagraphId, m => m.StakeholderId);
        var themesByParagraph = themes.ToLookup(t => t.ParagraphId, t => t.ThemeId);
        return new ComparedArticle
        {
            Id = article.Id,
            Slug = article.Slug,
            Title = article.Title,
            Outlet = article.Outlet,
            Author = article.Author,
            PublishedOn = article.PublishedOn,
            WordCount = article.WordCount,
            Paragraphs = paragraphs
                .Select(p => new ComparedParagraph(
                    p.Index, p.Heading, p.Text,
                    mentionsByParagraph[p.Id].ToHashSet(StringComparer.Ordinal),
                    themesByParagraph[p.Id].ToHashSet(StringComparer.Ordinal)))
                .ToList(),
            StakeholderMentions = stakeholders.ToDictionary(s => s.StakeholderId, s => s.Mentions, StringComparer.Ordinal),
            ThemeShares = shares.ToDictionary(t => t.ThemeId, t => t.Share, StringComparer.Ordinal),
            Quotes = quotes,
        };
    }
}
