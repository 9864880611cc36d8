namespace PeaceTalksTracker.Articles;

/// <summary>A source the article itself lists (for instance in a closing "SOURCES:" block).</summary>
public sealed class CitedSource
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }

    /// <summary>The cited piece's title, when the listing names one.</summary>
    public string? Title { get; set; }
}
