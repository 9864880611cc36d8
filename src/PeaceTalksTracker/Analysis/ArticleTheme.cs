namespace PeaceTalksTracker.Analysis;

/// <summary>An article's profile for one theme: the paragraphs on it and the share of the article's words they hold.</summary>
public sealed class ArticleTheme
{
    public int ArticleId { get; set; }
    public required string ThemeId { get; set; }
    public int Paragraphs { get; set; }
    public double Share { get; set; }
}
