namespace PeaceTalksTracker.Articles;

/// <summary>Another file or address the same article's text was imported from; the article keeps its first source.</summary>
public sealed class ArticleSource
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string SourcePath { get; set; }
    public required string SourceFile { get; set; }
    public string? SourceUrl { get; set; }
    public required string ContentHash { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>
/// An article's text fingerprint for duplicate detection (Intake/Cleaning/TextFingerprint): the hash of its words and
/// its MinHash signature. Kept beside the article, not in it, so reading articles never reads signatures.
/// </summary>
public sealed class ArticleFingerprint
{
    public int ArticleId { get; set; }
    public required string TextHash { get; set; }
    public required byte[] Signature { get; set; }
}

/// <summary>One band key of an article's signature: articles sharing a key are near-duplicate candidates.</summary>
public sealed class ArticleShingleBand
{
    public long Key { get; set; }
    public int ArticleId { get; set; }
}
