using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake;

/// <summary>
/// The one parsed form every extractor produces and every later stage works on: metadata, the body as ordered blocks,
/// the cited sources and the text kept aside. It is the only contract between extraction and the rest of the intake.
/// </summary>
/// <remarks>
/// <see cref="BodyMarkdown"/> and <see cref="Paragraphs"/> are composed from <see cref="Blocks"/> each time they are
/// read, so a cleaning rule that takes a block out takes it out of both, and they always stay in step: the non-heading
/// blocks of BodyMarkdown correspond one to one, in order, to Paragraphs (a Markdown paragraph → Kind Paragraph, each
/// list item → Kind ListItem, each table → Kind Table whose Text is the table's Markdown source); headings are
/// <c>## Heading</c>.
/// </remarks>
public sealed record ParsedArticle
{
    /// <summary>The headline the source gave (front matter or the text's first line); null when it had none.</summary>
    public string? Headline { get; init; }

    /// <summary>A title made from the text by cleaning when the source gave no headline.</summary>
    public string? DerivedTitle { get; init; }

    public string Title => Headline ?? DerivedTitle ?? "Untitled";

    public bool TitleIsDerived => Headline is null;

    public string? Subtitle { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Dateline { get; init; }
    public DateOnly? PublishedOn { get; init; }

    /// <summary>A "last updated" date the source gave; cleaning uses it when there is no publication date.</summary>
    public DateOnly? UpdatedOn { get; init; }

    public string? Caption { get; init; }
    public string? CaptionCredit { get; init; }
    public string? SourceUrl { get; init; }
    public string? Description { get; init; }

    /// <summary>
    /// What the source's own metadata says (front matter, JSON-LD, OpenGraph, meta tags), as candidates: extraction
    /// fills it as found, and cleaning decides from it (and from the title, URL and dateline) the article's outlet and
    /// date. An extractor that has no such metadata leaves it empty.
    /// </summary>
    public PageMetadata Page { get; init; } = PageMetadata.None;

    /// <summary>Where <see cref="PublishedOn"/> came from ("front matter", "address", "text"...); null when undated.</summary>
    public string? DateSource { get; init; }

    /// <summary>Why the date is what it is when its sources disagreed, or that there was only an updated date.</summary>
    public string? DateNote { get; init; }

    /// <summary>Set by cleaning when the page is not a real article (Article.QualityFlag), with the reason in words.</summary>
    public string? QualityFlag { get; init; }

    public string? QualityReason { get; init; }

    public IReadOnlyList<ParsedBlock> Blocks { get; init; } = [];
    public IReadOnlyList<ParsedSource> CitedSources { get; init; } = [];
    public IReadOnlyList<ParsedRemoval> RemovedTexts { get; init; } = [];

    /// <summary>What extraction noticed and set aside about the source (e.g. front matter keys it ignored), for the import line.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public string BodyMarkdown => BodyComposer.Markdown(Blocks);

    public IReadOnlyList<ParsedParagraph> Paragraphs => BodyComposer.Paragraphs(Blocks);
}

public enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    OrderedListItem,
    Table,
}

/// <summary>One block of the body in reading order; <paramref name="Number"/> is an ordered list item's number.</summary>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">The plain text that is stored, tagged and searched (a table's Markdown source for a table).</param>
/// <param name="Number">An ordered list item's number.</param>
/// <param name="Markdown">
/// The block's inline Markdown when the source was Markdown (sanitized by <see cref="MarkdownInline"/>, whose plain text
/// is <paramref name="Text"/>); null when the text is to be shown exactly as written. A rule that changes
/// <paramref name="Text"/> must set this to null (or recompute it), or the page shows the old words.
/// </param>
public sealed record ParsedBlock(BlockKind Kind, string Text, int Number = 0, string? Markdown = null);

public sealed record ParsedParagraph(string? Heading, string Text, ParagraphKind Kind);

public sealed record ParsedSource(string Name, string? Title);

public sealed record ParsedRemoval(RemovedTextKind Kind, string Text);

/// <summary>
/// Metadata candidates from where the source declares them; each field null when absent. <see cref="Origin"/> names the
/// kind of declaration the values came from ("json-ld", "opengraph", "meta", "front matter"), for notes on the article.
/// </summary>
public sealed record PageMetadata
{
    public static PageMetadata None { get; } = new();

    public string? Origin { get; init; }
    public string? Headline { get; init; }

    /// <summary>og:site_name, JSON-LD publisher.name or a front matter outlet/site, as written.</summary>
    public string? SiteName { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Description { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The page's canonical address (link rel=canonical, og:url, JSON-LD url).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The language the page declares (html lang, og:locale), e.g. "en" or "en-GB".</summary>
    public string? Language { get; init; }

    /// <summary>What the page says it is (JSON-LD @type or og:type), e.g. "NewsArticle", "LiveBlogPosting", "website".</summary>
    public string? Kind { get; init; }
    public string? Section { get; init; }
}
