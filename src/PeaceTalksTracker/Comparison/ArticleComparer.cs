namespace PeaceTalksTracker.Comparison;

/// <summary>Narrows a comparison to one stakeholder (paragraphs naming it) or one theme (paragraphs on it).</summary>
public sealed record ComparisonFocus(string? StakeholderId, string? ThemeId)
{
    public static ComparisonFocus None { get; } = new(null, null);

    public bool IsEmpty => StakeholderId is null && ThemeId is null;

    public bool Includes(ComparedParagraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return (StakeholderId is null || paragraph.Stakeholders.Contains(StakeholderId))
            && (ThemeId is null || paragraph.Themes.Contains(ThemeId));
    }
}

/// <summary>One stakeholder's mentions in each compared article, in the order the articles were given.</summary>
public sealed record StakeholderRow(string Id, IReadOnlyList<int> Mentions)
{
    /// <summary>The position of the only article that names the stakeholder, or null when several do.</summary>
    public int? OnlyIn => OnlyOne(Mentions.Select(m => m > 0));

    internal static int? OnlyOne(IEnumerable<bool> present)
    {
        var flags = present.ToList();
        return flags.Count(f => f) == 1 ? flags.IndexOf(true) : null;
    }
}

/// <summary>One theme's share of each compared article and the indexes of the paragraphs on it.</summary>
public sealed record ThemeRow(string Id, IReadOnlyList<double> Shares, IReadOnlyList<IReadOnlyList<int>> Paragraphs)
{
    public int? OnlyIn => StakeholderRow.OnlyOne(Shares.Select((share, i) => share > 0 || Paragraphs[i].Count > 0));
}

/// <summary>A theme's passages in A beside its passages in B; an empty side is a gap in that article's coverage.</summary>
public sealed record ThemePassages(string ThemeId, IReadOnlyList<ComparedParagraph> A, IReadOnlyList<ComparedParagraph> B);

public sealed record PassagePair(ComparedParagraph A, ComparedParagraph B, double Similarity, IReadOnlyList<SharedTerm> Shared);

/// <summary>What each article quotes from one stakeholder (null: speakers not in the codebook, or unnamed).</summary>
public sealed record QuoteGroup(string? StakeholderId, IReadOnlyList<ComparedQuote> A, IReadOnlyList<ComparedQuote> B);

/// <summary>
/// Everything the compare page and API show. With more than two articles only the stakeholder and theme tables are
/// filled; the passage-level parts compare the first two.
/// </summary>
public sealed record ArticleComparisonResult(
    IReadOnlyList<ComparedArticle> Articles,
    ComparisonFocus Focus,
    IReadOnlyList<StakeholderRow> Stakeholders,
    IReadOnlyList<ThemeRow> Themes,
    IReadOnlyList<ThemePassages> ByTheme,
    IReadOnlyList<PassagePair> Pairs,
    IReadOnlyList<ComparedParagraph> OnlyInA,
    IReadOnlyList<ComparedParagraph> OnlyInB,
    IReadOnlyList<QuoteGroup> Quotes);

/// <summary>Compares loaded articles: profiles side by side, passages by theme, aligned passages and quotes.</summary>
public sealed class ArticleComparer(PassageAligner aligner)
{
    /// <param name="articles">Two to four articles; the first two are compared passage by passage.</param>
    /// <param name="focus">Narrows passages and quotes, not the profiles.</param>
    /// <param name="background">Word frequencies of the store, so common words count for less.</param>
    /// <param name="stakeholderOrder">Codebook order of stakeholder ids, for stable ties.</param>
    /// <param name="themeOrder">Codebook order of theme ids, for stable ties.</param>
    public ArticleComparisonResult Compare(
        IReadOnlyList<ComparedArticle> articles, ComparisonFocus focus, TermBackground background,
        IReadOnlyList<string> stakeholderOrder, IReadOnlyList<string> themeOrder)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(focus);
        if (articles.Count < 2)
        {
            throw new ArgumentException("A comparison needs at least two articles.", nameof(articles));
        }

        var stakeholders = StakeholderRows(articles, stakeholderOrder);
        var themes = ThemeRows(articles, themeOrder);
        if (articles.Count > 2)
        {
            return new ArticleComparisonResult(articles, focus, stakeholders, themes, [], [], [], [], []);
        }

        var a = articles[0];
        var b = articles[1];
        var passagesA = a.Paragraphs.Where(focus.Includes).ToList();
        var passagesB = b.Paragraphs.Where(focus.Includes).ToList();

        var byTheme = themes
            .Where(t => focus.ThemeId is null || t.Id == focus.ThemeId)
            .Select(t => new ThemePassages(t.Id, passagesA.Where(p => p.Themes.Contains(t.Id)).ToList(), passagesB.Where(p => p.Themes.Contains(t.Id)).ToList()))
            .Where(t => t.A.Count > 0 || t.B.Count > 0)
            .ToList();

        var alignment = aligner.Align(passagesA.Select(p => p.Text).ToList(), passagesB.Select(p => p.Text).ToList(), background);
        var pairs = alignment.Pairs.Select(p => new PassagePair(passagesA[p.A], passagesB[p.B], p.Similarity, p.Shared)).ToList();

        var quotes = QuoteGroups(a, b, focus, stakeholderOrder);
        return new ArticleComparisonResult(
            articles, focus, stakeholders, themes, byTheme, pairs,
            alignment.UnmatchedA.Select(i => passagesA[i]).ToList(),
            alignment.UnmatchedB.Select(i => passagesB[i]).ToList(),
            quotes);
    }

    private static List<StakeholderRow> StakeholderRows(IReadOnlyList<ComparedArticle> articles, IReadOnlyList<string> order)
    {
        var ids = articles
            .SelectMany(a => a.StakeholderMentions.Where(m => m.Value > 0).Select(m => m.Key)
                .Concat(a.Paragraphs.SelectMany(p => p.Stakeholders)))
            .Distinct(StringComparer.Ordinal);
        return ids
            .Select(id => new StakeholderRow(id, articles.Select(a => MentionsOf(a, id)).ToList()))
            .OrderByDescending(r => r.Mentions.Sum())
            .ThenBy(r => Rank(order, r.Id))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    // The profile's count; when the profile is missing, the paragraphs that name the stakeholder.
    private static int MentionsOf(ComparedArticle article, string id) =>
        article.StakeholderMentions.TryGetValue(id, out var mentions)
            ? mentions
            : article.Paragraphs.Count(p => p.Stakeholders.Contains(id));

    private static List<ThemeRow> ThemeRows(IReadOnlyList<ComparedArticle> articles, IReadOnlyList<string> order)
    {
        var ids = articles
            .SelectMany(a => a.ThemeShares.Where(s => s.Value > 0).Select(s => s.Key)
                .Concat(a.Paragraphs.SelectMany(p => p.Themes)))
            .Distinct(StringComparer.Ordinal);
        return ids
            .Select(id => new ThemeRow(
                id,
                articles.Select(a => ShareOf(a, id)).ToList(),
                articles.Select(a => (IReadOnlyList<int>)a.Paragraphs.Where(p => p.Themes.Contains(id)).Select(p => p.Index).ToList()).ToList()))
            .OrderByDescending(r => r.Shares.Max())
            .ThenBy(r => Rank(order, r.Id))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static double ShareOf(ComparedArticle article, string id)
    {
        if (article.ThemeShares.TryGetValue(id, out var share))
        {
            return share;
        }

        var words = article.Paragraphs.Sum(p => WordsIn(p.Text));
        return words == 0 ? 0 : (double)article.Paragraphs.Where(p => p.Themes.Contains(id)).Sum(p => WordsIn(p.Text)) / words;
    }

    private static int WordsIn(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static List<QuoteGroup> QuoteGroups(ComparedArticle a, ComparedArticle b, ComparisonFocus focus, IReadOnlyList<string> order)
    {
        var focusedA = a.Paragraphs.Where(focus.Includes).Select(p => p.Index).ToHashSet();
        var focusedB = b.Paragraphs.Where(focus.Includes).Select(p => p.Index).ToHashSet();
        bool Keep(ComparedQuote quote, HashSet<int> focused) =>
            focus.IsEmpty
            || (focus.ThemeId is null && quote.StakeholderId == focus.StakeholderId)
            || focused.Contains(quote.ParagraphIndex);

        var quotesA = a.Quotes.Where(q => Keep(q, focusedA)).ToList();
        var quotesB = b.Quotes.Where(q => Keep(q, focusedB)).ToList();
        return quotesA.Select(q => q.StakeholderId).Concat(quotesB.Select(q => q.StakeholderId))
            .Distinct()
            .OrderBy(id => id is null ? 1 : 0)
            .ThenBy(id => id is null ? int.MaxValue : Rank(order, id))
            .Select(id => new QuoteGroup(
                id,
                quotesA.Where(q => q.StakeholderId == id).ToList(),
                quotesB.Where(q => q.StakeholderId == id).ToList()))
            .ToList();
    }

    private static int Rank(IReadOnlyList<string> order, string id)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == id)
            {
                return i;
            }
        }

        return order.Count;
    }
}
