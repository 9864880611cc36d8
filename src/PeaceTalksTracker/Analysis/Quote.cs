namespace PeaceTalksTracker.Analysis;

/// <summary>A direct quotation; <see cref="Speaker"/> is null for scare quotes nobody is named as saying.</summary>
public sealed class Quote
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int ParagraphIndex { get; set; }
    public string? Speaker { get; set; }
    public string? StakeholderId { get; set; }
    public required string Text { get; set; }
}
