namespace PeaceTalksTracker.Comparison;

/// <summary>The answer at the top of a comparison of two articles, and what each leaves out that matters.</summary>
public static class ComparisonSummaries
{
    /// <summary>Most points listed as left out by the other article, per side (the rest are counted).</summary>
    public const int MaxOmissions = 8;

    // Share of the shorter article's points that the other also makes, and how a reader would say it.
    private static readonly (double From, string Words)[] Verdicts =
    [
        (0.5, "largely the same story"),
        (0.3, "much in common"),
        (0.12, "some points in common"),
        (0.000001, "little in common"),
        (0, "different stories"),
    ];

    /// <summary>The verdict for a share of shared points (0 to 1).</summary>
    public static string Verdict(double share) => Verdicts.First(v => share >= v.From).Words;

    internal static ComparisonSummary Summarize(
        IReadOnlyList<ComparedParagraph> a, IReadOnlyList<ComparedParagraph> b, int pairs,
        List<ComparedQuote> quotesA, List<ComparedQuote> quotesB, List<SharedQuotation> shared, int minTerms)
    {
        // Points are paragraphs with something to say: headings, bylines and one-line captions are not.
        var pointsA = a.Count(p => Matters(p, minTerms));
        var pointsB = b.Count(p => Matters(p, minTerms));
        var smaller = Math.Min(pointsA, pointsB);
        var share = smaller == 0 ? 0 : Math.Min(1.0, (double)pairs / smaller);
        return new ComparisonSummary(Verdict(share), share, pointsA, pointsB, [Speakers(quotesA), Speakers(quotesB)], shared);
    }

    /// <summary>
    /// What <paramref name="side"/> covers that <paramref name="other"/> does not: stakeholders it names and themes
    /// it is on that the other never does, and its unpaired paragraphs on them, those touching most first.
    /// </summary>
    internal static SideOmissions Omissions(
        IReadOnlyList<ComparedParagraph> unpaired, IReadOnlyList<ComparedParagraph> side, IReadOnlyList<ComparedParagraph> other,
        IReadOnlyList<string> stakeholderOrder, IReadOnlyList<string> themeOrder, int minTerms)
    {
        var otherStakeholders = other.SelectMany(p => p.Stakeholders).ToHashSet(StringComparer.Ordinal);
        var otherThemes = other.SelectMany(p => p.Themes).ToHashSet(StringComparer.Ordinal);
        var stakeholders = side.SelectMany(p => p.Stakeholders).Where(s => !otherStakeholders.Contains(s))
            .GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => ComparisonTables.Rank(stakeholderOrder, g.Key))
            .Select(g => g.Key).ToList();
        var themes = side.SelectMany(p => p.Themes).Where(t => !otherThemes.Contains(t))
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => ComparisonTables.Rank(themeOrder, g.Key))
            .Select(g => g.Key).ToList();
        var points = unpaired
            .Where(p => Matters(p, minTerms))
            .Select(p => new Omission(
                p,
                stakeholders.Where(p.Stakeholders.Contains).ToList(),
                themes.Where(p.Themes.Contains).ToList()))
            .Where(o => o.Stakeholders.Count > 0 || o.Themes.Count > 0)
            .OrderByDescending(o => o.Stakeholders.Count + o.Themes.Count)
            .ThenByDescending(o => ComparisonTables.WordsIn(o.Paragraph.Text))
            .ThenBy(o => o.Paragraph.Index)
            .ToList();
        return new SideOmissions(stakeholders, themes, points);
    }

    // Counted in words, not terms: tokenizing every paragraph again would double the cost of a comparison.
    private static bool Matters(ComparedParagraph paragraph, int minTerms) => ComparisonTables.WordsIn(paragraph.Text) >= 2 * minTerms;

    private static List<QuotedSpeaker> Speakers(List<ComparedQuote> quotes) =>
        quotes
            .GroupBy(q => (q.Speaker ?? "").Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new QuotedSpeaker(g.Key.Length == 0 ? "unnamed speakers" : g.Key, g.Select(q => q.StakeholderId).FirstOrDefault(s => s is not null), g.Count()))
            .OrderByDescending(s => s.Quotations).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
}
