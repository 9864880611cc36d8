using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Articles;

/// <summary>One imported news article: what the importer read from its file and what analysis found in it.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>True when the file had no headline and the title was made from the lede.</summary>
    public bool TitleIsDerived { get; set; }
    public string? Subtitle { get; set; }
    public string? Outlet { get; set; }
    public string? Author { get; set; }
    public string? Dateline { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Caption { get; set; }
    public string? CaptionCredit { get; set; }
    public string? SourceUrl { get; set; }
    public string? Description { get; set; }
    public required string BodyMarkdown { get; set; }
    public int WordCount { get; set; }

    /// <summary>The file exactly as read, so nothing the parser guessed wrong is ever lost.</summary>
    public required string OriginalText { get; set; }
    public required string ContentHash { get; set; }

    /// <summary>The file name the article came from, as shown to readers.</summary>
    public required string SourceFile { get; set; }

    /// <summary>The full path of the file; re-importing the same path updates this article in place.</summary>
    public required string SourcePath { get; set; }

    /// <summary>Set when the file was not valid UTF-8 and was decoded with a fallback encoding.</summary>
    public string? EncodingNote { get; set; }

    /// <summary>Hash of the codebook the tags were computed with; a different codebook triggers a re-tag.</summary>
    public string? CodebookHash { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// Set when the page is not a real article (a section front, a paywall stub, a consent wall, too short...): it is
    /// kept and shown with the flag, but left out of every figure unless the reader asks for it. Null for an article.
    /// </summary>
    public string? QualityFlag { get; set; }

    /// <summary>Why the page was flagged, in words a reader understands ("paywall stub: 132 words").</summary>
    public string? QualityReason { get; set; }

    /// <summary>The article this one nearly repeats (a republished wire story); it is shown as such and counted once.</summary>
    public int? DuplicateOfId { get; set; }

    /// <summary>What other sources said when they disagreed on the date (Intake/Cleaning/PublicationDateRule).</summary>
    public string? DateNote { get; set; }

    /// <summary>Where the date came from ("address", "front matter", "text"...); null when undated.</summary>
    public string? DateSource { get; set; }

    public List<Paragraph> Paragraphs { get; set; } = [];
    public List<CitedSource> CitedSources { get; set; } = [];
    public List<RemovedText> RemovedTexts { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<ArticleStakeholder> Stakeholders { get; set; } = [];
    public List<ArticleTheme> Themes { get; set; } = [];
}
