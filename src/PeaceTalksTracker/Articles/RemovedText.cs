namespace PeaceTalksTracker.Articles;

public enum RemovedTextKind
{
    CommentPrompt = 0,
    OrphanedLink = 1,
    Other = 2,
}

/// <summary>Boilerplate taken out of the body (comment prompts, orphaned link text), kept so nothing is silently lost.</summary>
public sealed class RemovedText
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public RemovedTextKind Kind { get; set; }
    public required string Text { get; set; }
}
