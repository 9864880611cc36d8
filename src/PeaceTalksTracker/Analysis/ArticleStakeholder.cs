namespace PeaceTalksTracker.Analysis;

/// <summary>An article's profile for one stakeholder: how often and in how many paragraphs it is named.</summary>
public sealed class ArticleStakeholder
{
    public int ArticleId { get; set; }
    public required string StakeholderId { get; set; }
    public int Mentions { get; set; }
    public int Paragraphs { get; set; }
}
