namespace PeaceTalksTracker.Analysis;

/// <summary>One place in a paragraph where a stakeholder is named, with the alias that matched.</summary>
public sealed class Mention
{
    public int Id { get; set; }
    public int ParagraphId { get; set; }
    public required string StakeholderId { get; set; }

    /// <summary>Character offset into <see cref="Articles.Paragraph.Text"/>.</summary>
    public int Start { get; set; }
    public int Length { get; set; }
    public required string Text { get; set; }
}
