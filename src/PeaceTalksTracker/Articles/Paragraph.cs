using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Articles;

public enum ParagraphKind
{
    Paragraph = 0,
    ListItem = 1,
    Table = 2,
}

/// <summary>One block of an article's body in reading order: the unit that is tagged, searched and compared.</summary>
public sealed class Paragraph
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>Zero-based position in the article; pages anchor it as <c>#p-{Index}</c>.</summary>
    public int Index { get; set; }

    /// <summary>The section heading the paragraph sits under, if any.</summary>
    public string? Heading { get; set; }

    /// <summary>Plain text (Markdown syntax stripped), the text that is tagged and searched.</summary>
    public required string Text { get; set; }
    public ParagraphKind Kind { get; set; }
    public int WordCount { get; set; }

    public List<Mention> Mentions { get; set; } = [];
    public List<ParagraphTheme> Themes { get; set; } = [];
}
