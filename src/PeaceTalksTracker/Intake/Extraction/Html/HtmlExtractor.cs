using AngleSharp.Html.Parser;

namespace PeaceTalksTracker.Intake.Extraction.Html;

/// <summary>
/// Reads a saved or fetched web page (<c>.html</c>, <c>.htm</c>, or a link's response) into a <see cref="ParsedArticle"/>:
/// the metadata the page declares as candidates (<see cref="PageMetadata"/>), the main content found by SmartReader (a
/// port of Mozilla Readability), its structural edges trimmed (<see cref="ContentEdges"/>), and its DOM read into blocks.
/// </summary>
/// <remarks>
/// A page from a file and the same page from a link give the same article: the only difference is
/// <see cref="SourceDocument.SourceUrl"/>, which is the article's source URL when set (a file's source URL is the page's
/// canonical address, when it declares one). Which outlet name and which date win is left to cleaning.
/// </remarks>
public sealed class HtmlExtractor : IArticleExtractor
{
    // Readability needs an absolute address to resolve links against; a saved file without one gets a placeholder
    // that is never requested (nothing here fetches anything).
    private const string NoAddress = "https://saved-page.invalid/";

    public DocumentFormat Format => DocumentFormat.Html;

    public ParsedArticle Extract(SourceDocument document)
    {
        var pageUrl = Uri.TryCreate(document.SourceUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var page = parser.ParseDocument(document.Text);
        var metadata = PageMetadataReader.Read(page, pageUrl);

        // Readability changes the document it reads, so it reads its own parse (the metadata above came from ours).
        using var reader = new SmartReader.Reader(pageUrl?.ToString() ?? metadata.CanonicalUrl ?? NoAddress, parser.ParseDocument(document.Text))
        {
            ContinueIfNotReadable = true,
            KeepClasses = true,
            Debug = false,
            Logging = SmartReader.ReportLevel.Issue,
        };
        var readable = reader.GetArticle();
        var content = parser.ParseDocument($"<body>{readable.Content}</body>").Body!;
        ContentEdges.Trim(content);
        var body = HtmlBlockReader.Read(content);
        var blocks = ContentEdges.DropTitleAndTrailingHeadings(body.Blocks, metadata.Headline, readable.Title);

        var byline = PageMetadataReader.Clean(readable.Byline);
        var authors = metadata.Authors.Count > 0 ? metadata.Authors : byline is null ? [] : [byline];
        return new ParsedArticle
        {
            Headline = Headline(metadata.Headline, PageMetadataReader.Clean(page.Title), PageMetadataReader.Clean(readable.Title), metadata.SiteName),
            Author = authors.Count > 0 ? string.Join(", ", authors) : null,
            PublishedOn = metadata.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
            UpdatedOn = metadata.Modified is { } modified ? DateOnly.FromDateTime(modified.DateTime) : null,
            Description = metadata.Description,
            Caption = body.Caption,
            CaptionCredit = body.CaptionCredit,
            SourceUrl = pageUrl?.ToString() ?? metadata.CanonicalUrl,
            Page = metadata with { Authors = authors },
            Blocks = blocks,
            RemovedTexts = body.Removed,
        };
    }

    /// <summary>
    /// A title the page only has in &lt;title&gt; reads better as Readability cleaned it (the site's name taken off, or
    /// a declaration the metadata does not read), unless Readability took the site's own name, which the metadata set
    /// aside. A declared title is taken as is.
    /// </summary>
    private static string? Headline(string? declared, string? documentTitle, string? readable, string? siteName) =>
        declared is null ? readable
        : declared == documentTitle && readable is not null && !string.Equals(readable, siteName, StringComparison.OrdinalIgnoreCase) ? readable
        : declared;
}
