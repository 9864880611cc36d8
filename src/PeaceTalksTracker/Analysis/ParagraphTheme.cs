namespace PeaceTalksTracker.Analysis;

/// <summary>A theme assigned to a paragraph, with the score and the terms that evidenced it.</summary>
public sealed class ParagraphTheme
{
    public int Id { get; set; }
    public int ParagraphId { get; set; }
    public required string ThemeId { get; set; }
    public double Score { get; set; }

    /// <summary>The matched evidence terms, joined with "|".</summary>
    public required string Evidence { get; set; }
}
