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

/// <summary>One stakeholder's mentions in each compared article (within the focus: paragraphs naming it), in article order.</summary>
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

/// <summary>One theme's share of each compared article (within the focus) and the indexes of the paragraphs on it.</summary>
public sealed record ThemeRow(string Id, IReadOnlyList<double> Shares, IReadOnlyList<IReadOnlyList<int>> Paragraphs)
{
    public int? OnlyIn => StakeholderRow.OnlyOne(Shares.Select((share, i) => share > 0 || Paragraphs[i].Count > 0));
}

/// <summary>
/// A point both articles make: sentences <see cref="SpanA"/> of paragraph <see cref="A"/> and <see cref="SpanB"/> of
/// <see cref="B"/>; <see cref="Number"/> (1, 2…) is its anchor on the page (<c>#point-1</c>).
/// </summary>
public sealed record PassagePair(ComparedParagraph A, ComparedParagraph B, double Similarity, IReadOnlyList<SharedTerm> Shared)
{
    public int Number { get; init; }

    public TextSpan SpanA { get; init; }

    public TextSpan SpanB { get; init; }

    public bool Quotation { get; init; }

    /// <summary>The words of A that make the point (the whole paragraph when it is short).</summary>
    public string TextA => SpanA.Length == 0 ? A.Text : SpanA.Of(A.Text);

    public string TextB => SpanB.Length == 0 ? B.Text : SpanB.Of(B.Text);
}

/// <summary>A paragraph of one article, shown once, with all the themes it is on.</summary>
public sealed record ThemedPassage(ComparedParagraph Paragraph, IReadOnlyList<string> Themes);

/// <summary>
/// A point only one article makes that matters: its paragraph has no counterpart and is on a theme, or names a
/// stakeholder, that the other article does not cover (<see cref="Themes"/>, <see cref="Stakeholders"/>).
/// </summary>
public sealed record Omission(ComparedParagraph Paragraph, IReadOnlyList<string> Stakeholders, IReadOnlyList<string> Themes);

/// <summary>What one article covers and the other leaves out, most telling first.</summary>
public sealed record SideOmissions(IReadOnlyList<string> Stakeholders, IReadOnlyList<string> Themes, IReadOnlyList<Omission> Points);

/// <summary>The same quotation in both articles, whoever each says spoke it.</summary>
public sealed record SharedQuotation(ComparedQuote A, ComparedQuote B);

/// <summary>Someone an article quotes, and how many quotations it gives them.</summary>
public sealed record QuotedSpeaker(string Name, string? StakeholderId, int Quotations);

/// <summary>The answer at a glance: how alike the two are, in words and figures.</summary>
public sealed record ComparisonSummary(
    string Verdict, double SharedShare, int PointsA, int PointsB,
    IReadOnlyList<IReadOnlyList<QuotedSpeaker>> Speakers, IReadOnlyList<SharedQuotation> SharedQuotations);

/// <summary>What each article quotes from one stakeholder (null: speakers not in the codebook, or unnamed).</summary>
public sealed record QuoteGroup(string? StakeholderId, IReadOnlyList<ComparedQuote> A, IReadOnlyList<ComparedQuote> B);

/// <summary>With three or four articles: a point and, for each article in order, the paragraph that makes it (or null).</summary>
public sealed record PointRow(string Text, IReadOnlyList<ComparedParagraph?> Cells);

/// <summary>With three or four articles: a quotation and, for each article, how it quotes it (or null).</summary>
public sealed record QuotationRow(string Text, IReadOnlyList<ComparedQuote?> Cells);

/// <summary>
/// Everything the compare page and API show. The summary, pairs, omissions and quotes compare the first two
/// articles; with three or four, <see cref="Points"/> and <see cref="QuotationGrid"/> show which articles make each point.
/// </summary>
public sealed record ArticleComparisonResult(
    IReadOnlyList<ComparedArticle> Articles,
    ComparisonFocus Focus,
    IReadOnlyList<StakeholderRow> Stakeholders,
    IReadOnlyList<ThemeRow> Themes)
{
    public ComparisonSummary? Summary { get; init; }

    public IReadOnlyList<PassagePair> Pairs { get; init; } = [];

    public IReadOnlyList<ThemedPassage> ThemedA { get; init; } = [];

    public IReadOnlyList<ThemedPassage> ThemedB { get; init; } = [];

    /// <summary>Paragraphs of A (of B) with no sentence paired, in reading order.</summary>
    public IReadOnlyList<ComparedParagraph> OnlyInA { get; init; } = [];

    public IReadOnlyList<ComparedParagraph> OnlyInB { get; init; } = [];

    /// <summary>What A covers and B leaves out ([0]) and the reverse ([1]).</summary>
    public IReadOnlyList<SideOmissions> Omissions { get; init; } = [];

    public IReadOnlyList<QuoteGroup> Quotes { get; init; } = [];

    public IReadOnlyList<PointRow> Points { get; init; } = [];

    public IReadOnlyList<QuotationRow> QuotationGrid { get; init; } = [];
}
