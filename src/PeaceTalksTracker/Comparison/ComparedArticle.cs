namespace PeaceTalksTracker.Comparison;

/// <summary>One article as the comparison needs it: metadata, paragraphs with their tags, profile and quotes.</summary>
public sealed record ComparedArticle
{
    public required int Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public int WordCount { get; init; }
    public IReadOnlyList<ComparedParagraph> Paragraphs { get; init; } = [];

    /// <summary>Mentions per stakeholder id (the article's profile).</summary>
    public IReadOnlyDictionary<string, int> StakeholderMentions { get; init; } = new Dictionary<string, int>();

    /// <summary>Share of the article's words per theme id, 0 to 1.</summary>
    public IReadOnlyDictionary<string, double> ThemeShares { get; init; } = new Dictionary<string, double>();

    public IReadOnlyList<ComparedQuote> Quotes { get; init; } = [];
}

/// <summary>A paragraph with the stakeholders it names and the themes it is tagged with.</summary>
public sealed record ComparedParagraph(int Index, string? Heading, string Text, IReadOnlySet<string> Stakeholders, IReadOnlySet<string> Themes);

public sealed record ComparedQuote(int ParagraphIndex, string? Speaker, string? StakeholderId, string Text);
