namespace PeaceTalksTracker.Articles;

/// <summary>What the parser reads out of one file's text, before it is stored.</summary>
public sealed record ParsedArticle
{
    public required string Title { get; init; }
    public bool TitleIsDerived { get; init; }
    public string? Subtitle { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Dateline { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string? Caption { get; init; }
    public string? CaptionCredit { get; init; }
    public string? SourceUrl { get; init; }
    public string? Description { get; init; }
    public required string BodyMarkdown { get; init; }
    public IReadOnlyList<ParsedParagraph> Paragraphs { get; init; } = [];
    public IReadOnlyList<ParsedSource> CitedSources { get; init; } = [];
    public IReadOnlyList<ParsedRemoval> RemovedTexts { get; init; } = [];
}

public sealed record ParsedParagraph(string? Heading, string Text, ParagraphKind Kind);

public sealed record ParsedSource(string Name, string? Title);

public sealed record ParsedRemoval(RemovedTextKind Kind, string Text);
