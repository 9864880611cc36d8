namespace PeaceTalksTracker.Articles;

public enum RemovedTextKind
{
    CommentPrompt = 0,
    OrphanedLink = 1,
    Other = 2,

    // Web junk taken by the cleaning rules (Intake/Cleaning/cleaning-rules.json); stored as numbers, so append only.
    Navigation = 3,
    Notice = 4,
    Promotion = 5,
    ShareBar = 6,
    Paywall = 7,
    RelatedLinks = 8,
    Caption = 9,
    Standfirst = 10,
    NotATitle = 11,
}

/// <summary>Boilerplate and web junk taken out of the body (comment prompts, related links, notices...), kept so nothing is silently lost.</summary>
public sealed class RemovedText
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public RemovedTextKind Kind { get; set; }
    public required string Text { get; set; }
}
