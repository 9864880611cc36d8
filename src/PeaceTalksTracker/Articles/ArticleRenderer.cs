using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PeaceTalksTracker.Articles;

/// <summary>
/// Renders article Markdown to HTML. Article text is untrusted, and one rule holds wherever Markdown is rendered
/// (paragraphs, list items, table cells, the whole-body fallback): raw HTML is escaped, an image becomes its alt text,
/// a link keeps only an http(s), mailto or relative target and gets <c>rel="nofollow noopener noreferrer"</c>, so
/// nothing an article holds can make a reader's browser request anything until the reader follows a link.
/// </summary>
public sealed class ArticleRenderer
{
    /// <summary>What every link in an article carries.</summary>
    public const string LinkRel = "nofollow noopener noreferrer";

    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        MakeSafe(document);
        return Write(document);
    }

    /// <summary>Applies the rule to a parsed document (or any part of it) before it is written.</summary>
    public static void MakeSafe(MarkdownObject markdown)
    {
        // Markdig writes column alignment as style="text-align: …", which the CSP (no 'unsafe-inline') would block.
        foreach (var column in markdown.Descendants<Table>().SelectMany(t => t.ColumnDefinitions))
        {
            column.Alignment = null;
        }

        foreach (var image in markdown.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            image.ReplaceBy(new LiteralInline(PlainText(image)));
        }

        foreach (var link in markdown.Descendants<LinkInline>())
        {
            link.Url = IsSafeUrl(link.Url) ? link.Url : "#unsafe-link-removed";
            link.GetAttributes().AddPropertyIfNotExist("rel", LinkRel);
        }

        foreach (var link in markdown.Descendants<AutolinkInline>())
        {
            link.Url = IsSafeUrl(link.Url) ? link.Url : "#unsafe-link-removed";
            link.GetAttributes().AddPropertyIfNotExist("rel", LinkRel);
        }
    }

    internal static string Write(MarkdownObject markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(markdown);
        writer.Flush();
        return writer.ToString();
    }

    private static string PlainText(ContainerInline inline) =>
        string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so strip them first.
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
