namespace PeaceTalksTracker.Comparison;

/// <summary>
/// Compares loaded articles: the answer first (<see cref="ComparisonSummary"/>), the points both make, what each leaves
/// out, passages with their themes and quotes; with three or four articles, which of them make each point.
/// The focus narrows every part, the stakeholder and theme tables included.
/// </summary>
public sealed class ArticleComparer(PassageAligner aligner)
{
    /// <summary>Most points listed in the grid of three or four articles.</summary>
    public const int MaxGridRows = 40;

    /// <param name="articles">Two to four articles; the first two are compared passage by passage.</param>
    /// <param name="focus">Narrows everything to the paragraphs naming a stakeholder or on a theme.</param>
    /// <param name="background">Word frequencies of the store, so common words count for less.</param>
    /// <param name="stakeholderOrder">Codebook order of stakeholder ids, for stable ties.</param>
    /// <param name="themeOrder">Codebook order of theme ids, for stable ties.</param>
    public ArticleComparisonResult Compare(
        IReadOnlyList<ComparedArticle> articles, ComparisonFocus focus, TermBackground background,
        IReadOnlyList<string> stakeholderOrder, IReadOnlyList<string> themeOrder)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(stakeholderOrder);
        ArgumentNullException.ThrowIfNull(themeOrder);
        if (articles.Count < 2)
        {
            throw new ArgumentException("A comparison needs at least two articles.", nameof(articles));
        }

        var focused = articles.Select(a => (IReadOnlyList<ComparedParagraph>)a.Paragraphs.Where(focus.Includes).ToList()).ToList();
        var stakeholders = ComparisonTables.StakeholderRows(articles, focused, focus, stakeholderOrder);
        var themes = ComparisonTables.ThemeRows(articles, focused, focus, themeOrder);
        if (articles.Count > 2)
        {
            return new ArticleComparisonResult(articles, focus, stakeholders, themes)
            {
                Points = PointGrid(focused, background),
                QuotationGrid = QuotationRows(articles, focused, focus),
            };
        }

        var (a, b) = (articles[0], articles[1]);
        var (passagesA, passagesB) = (focused[0], focused[1]);
        var alignment = aligner.Align(passagesA.Select(p => p.Text).ToList(), passagesB.Select(p => p.Text).ToList(), background);
        var pairs = alignment.Pairs
            .OrderBy(p => passagesA[p.A].Index).ThenBy(p => p.SpanA.Start)
            .Select((p, n) => new PassagePair(passagesA[p.A], passagesB[p.B], p.Similarity, p.Shared)
            {
                Number = n + 1,
                SpanA = p.SpanA,
                SpanB = p.SpanB,
                Quotation = p.Quotation,
            })
            .ToList();
        var onlyA = alignment.UnmatchedA.Select(i => passagesA[i]).ToList();
        var onlyB = alignment.UnmatchedB.Select(i => passagesB[i]).ToList();
        var quotesA = QuotesIn(a, passagesA, focus);
        var quotesB = QuotesIn(b, passagesB, focus);
        var shared = SharedQuotations(quotesA, quotesB);
        return new ArticleComparisonResult(articles, focus, stakeholders, themes)
        {
            Summary = ComparisonSummaries.Summarize(passagesA, passagesB, pairs.Count, quotesA, quotesB, shared, aligner.Options.MinTerms),
            Pairs = pairs,
            ThemedA = Themed(passagesA, themeOrder),
            ThemedB = Themed(passagesB, themeOrder),
            OnlyInA = onlyA,
            OnlyInB = onlyB,
            Omissions =
            [
                ComparisonSummaries.Omissions(onlyA, passagesA, passagesB, stakeholderOrder, themeOrder, aligner.Options.MinTerms),
                ComparisonSummaries.Omissions(onlyB, passagesB, passagesA, stakeholderOrder, themeOrder, aligner.Options.MinTerms),
            ],
            Quotes = QuoteGroups(quotesA, quotesB, stakeholderOrder),
        };
    }

    // Each passage once, with its themes in codebook order; passages on no theme are left out of this view.
    private static List<ThemedPassage> Themed(IReadOnlyList<ComparedParagraph> passages, IReadOnlyList<string> themeOrder) =>
        passages
            .Where(p => p.Themes.Count > 0)
            .Select(p => new ThemedPassage(p, p.Themes.OrderBy(t => ComparisonTables.Rank(themeOrder, t)).ThenBy(t => t, StringComparer.Ordinal).ToList()))
            .ToList();

    // Quotes in the focused paragraphs; focused on a stakeholder alone, also every quote of that stakeholder.
    private static List<ComparedQuote> QuotesIn(ComparedArticle article, IReadOnlyList<ComparedParagraph> focused, ComparisonFocus focus)
    {
        var indexes = focused.Select(p => p.Index).ToHashSet();
        return article.Quotes
            .Where(q => focus.IsEmpty || (focus.ThemeId is null && q.StakeholderId == focus.StakeholderId) || indexes.Contains(q.ParagraphIndex))
            .ToList();
    }

    private static List<SharedQuotation> SharedQuotations(List<ComparedQuote> a, List<ComparedQuote> b)
    {
        var termsB = b.Select(q => Quotations.TermsOf(q.Text)).ToList();
        var taken = new bool[b.Count];
        var shared = new List<SharedQuotation>();
        foreach (var quote in a)
        {
            var terms = Quotations.TermsOf(quote.Text);
            var best = -1;
            var bestOverlap = 0.0;
            for (var j = 0; j < b.Count; j++)
            {
                var overlap = taken[j] ? 0 : Quotations.Overlap(terms, termsB[j]);
                if (overlap >= Quotations.MinOverlap && overlap > bestOverlap)
                {
                    (best, bestOverlap) = (j, overlap);
                }
            }

            if (best >= 0)
            {
                taken[best] = true;
                shared.Add(new SharedQuotation(quote, b[best]));
            }
        }

        return shared;
    }

    private static List<QuoteGroup> QuoteGroups(List<ComparedQuote> quotesA, List<ComparedQuote> quotesB, IReadOnlyList<string> order) =>
        quotesA.Select(q => q.StakeholderId).Concat(quotesB.Select(q => q.StakeholderId))
            .Distinct()
            .OrderBy(id => id is null ? 1 : 0)
            .ThenBy(id => id is null ? int.MaxValue : ComparisonTables.Rank(order, id))
            .Select(id => new QuoteGroup(id, quotesA.Where(q => q.StakeholderId == id).ToList(), quotesB.Where(q => q.StakeholderId == id).ToList()))
            .ToList();

    // Three or four articles: align each pair, then join paragraphs that make the same point into one row.
    private List<PointRow> PointGrid(List<IReadOnlyList<ComparedParagraph>> focused, TermBackground background)
    {
        var offsets = new int[focused.Count + 1];
        for (var k = 0; k < focused.Count; k++)
        {
            offsets[k + 1] = offsets[k] + focused[k].Count;
        }

        var parent = Enumerable.Range(0, offsets[^1]).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var texts = focused.Select(f => (IReadOnlyList<string>)f.Select(p => p.Text).ToList()).ToList();
        var spans = new Dictionary<int, TextSpan>();
        for (var x = 0; x < focused.Count; x++)
        {
            for (var y = x + 1; y < focused.Count; y++)
            {
                foreach (var pair in aligner.Align(texts[x], texts[y], background).Pairs)
                {
                    var (nodeA, nodeB) = (offsets[x] + pair.A, offsets[y] + pair.B);
                    spans.TryAdd(nodeA, pair.SpanA);
                    spans.TryAdd(nodeB, pair.SpanB);
                    parent[Find(nodeA)] = Find(nodeB);
                }
            }
        }

        int ArticleOf(int node) => Array.FindLastIndex(offsets, o => o <= node);
        return Enumerable.Range(0, offsets[^1])
            .GroupBy(Find)
            .Select(g => g.OrderBy(n => n).ToList())
            .Where(nodes => nodes.Select(ArticleOf).Distinct().Count() >= 2)
            .Select(nodes =>
            {
                var cells = new ComparedParagraph?[focused.Count];
                foreach (var node in nodes)
                {
                    var article = ArticleOf(node);
                    cells[article] ??= focused[article][node - offsets[article]];
                }

                var first = nodes[0];
                var paragraph = focused[ArticleOf(first)][first - offsets[ArticleOf(first)]];
                var text = spans.TryGetValue(first, out var span) && span.Length > 0 ? span.Of(paragraph.Text) : paragraph.Text;
                return new PointRow(text, cells);
            })
            .OrderByDescending(r => r.Cells.Count(c => c is not null))
            .ThenBy(r => Array.FindIndex(r.Cells.ToArray(), c => c is not null))
            .Take(MaxGridRows)
            .ToList();
    }

    private static List<QuotationRow> QuotationRows(IReadOnlyList<ComparedArticle> articles, List<IReadOnlyList<ComparedParagraph>> focused, ComparisonFocus focus)
    {
        var rows = new List<(HashSet<string> Terms, ComparedQuote?[] Cells, string Text)>();
        for (var k = 0; k < articles.Count; k++)
        {
            foreach (var quote in QuotesIn(articles[k], focused[k], focus))
            {
                var terms = Quotations.TermsOf(quote.Text);
                var row = rows.FindIndex(r => r.Cells[k] is null && Quotations.Same(r.Terms, terms));
                if (row < 0)
                {
                    rows.Add((terms, new ComparedQuote?[articles.Count], quote.Text));
                    row = rows.Count - 1;
                }

                rows[row].Cells[k] = quote;
            }
        }

        return rows
            .OrderByDescending(r => r.Cells.Count(c => c is not null))
            .Select(r => new QuotationRow(r.Text, r.Cells))
            .ToList();
    }
}
