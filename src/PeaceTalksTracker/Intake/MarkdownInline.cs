using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PeaceTalksTracker.Intake;

/// <summary>
/// The inline Markdown a Markdown article keeps (emphasis, links, code), and the plain text it is tagged and searched
/// as. Both sides of the article page use it: extraction stores a block's <see cref="Sanitize">sanitized</see> Markdown
/// and its <see cref="PlainText(string)"/>, and the reading view renders that Markdown with mentions highlighted at the plain
/// text's offsets, so the two must read the same Markdown the same way.
/// </summary>
/// <remarks>
/// The rule: images become their alt text, footnote markers such as <c>[[i]](…)</c> are dropped, a link keeps its text
/// and a safe target (http, https, mailto or relative), and a link's target is never text: a bare address and every URL
/// are left out of the plain text, so "youtube.com/watch?v=7XEY9Vhr-XI" cannot be read as Xi Jinping.
/// </remarks>
public static partial class MarkdownInline
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    /// <summary>The inline Markdown of one line of a Markdown article, reduced to what the rule keeps.</summary>
    public static string Sanitize(string markdown)
    {
        var inline = ParseInline(markdown);
        if (inline is null)
        {
            return "";
        }

        var builder = new StringBuilder(markdown.Length);
        Write(inline, builder);
        var written = builder.ToString().Trim();

        // Block syntax only matters at the start of the line: what was text stays text.
        return written.Length > 0 && (written[0] is '#' or '>' or '=' || LineStart().IsMatch(written)) ? "\\" + written : written;
    }

    /// <summary>The text a reader reads in an inline Markdown line: link text without its target, images' alt text, no URLs.</summary>
    public static string PlainText(string markdown) => ParseInline(markdown) is { } inline ? PlainText(inline) : "";

    public static string PlainText(ContainerInline inline)
    {
        var builder = new StringBuilder();
        AppendText(inline, builder);
        return builder.ToString();
    }

    private static ContainerInline? ParseInline(string markdown)
    {
        // Escape what would start a block, so the line is read as one paragraph's inlines.
        var line = markdown.Trim();
        if (line.Length > 0 && (line[0] is '#' or '>' or '=' || LineStart().IsMatch(line) || line.StartsWith("    ", StringComparison.Ordinal)))
        {
            line = "\\" + line;
        }

        var document = Markdig.Markdown.Parse(line.ReplaceLineEndings(" "), Pipeline);
        return document.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline;
    }

    private static void AppendText(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LinkInline { IsAutoLink: true }:
            case AutolinkInline:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendText(child, text);
                }

                return;
        }
    }

    private static void Write(Inline inline, StringBuilder markdown)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true } image:
                markdown.Append(MarkdownText.EscapeInline(PlainText(image)));
                return;
            case LinkInline { IsAutoLink: true } bare:
                WriteAutolink(bare.Url ?? "", markdown);
                return;
            case AutolinkInline autolink when !autolink.IsEmail:
                WriteAutolink(autolink.Url, markdown);
                return;
            case LinkInline link:
                if (FootnoteMarker().IsMatch(PlainText(link).Trim()))
                {
                    return;
                }

                var target = link.Url?.Trim();
                var keepsTarget = !string.IsNullOrEmpty(target) && Articles.ArticleRenderer.IsSafeUrl(target) && !target.Any(c => c is '<' or '>' || char.IsWhiteSpace(c) || char.IsControl(c));
                if (keepsTarget)
                {
                    markdown.Append('[');
                }

                foreach (var child in link)
                {
                    Write(child, markdown);
                }

                if (keepsTarget)
                {
                    markdown.Append("](<").Append(target).Append(">)");
                }

                return;
            case EmphasisInline emphasis when emphasis.DelimiterChar is '*' or '_' or '~':
                var delimiter = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                markdown.Append(delimiter);
                foreach (var child in emphasis)
                {
                    Write(child, markdown);
                }

                markdown.Append(delimiter);
                return;
            case CodeInline code when !code.Content.Contains('`', StringComparison.Ordinal) && code.Content.Trim().Length > 0:
                markdown.Append('`').Append(code.Content).Append('`');
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Write(child, markdown);
                }

                return;
            case LineBreakInline:
                markdown.Append(' ');
                return;
            default:
                var text = new StringBuilder();
                AppendText(inline, text);
                markdown.Append(MarkdownText.EscapeInline(text.ToString()));
                return;
        }
    }

    private static void WriteAutolink(string url, StringBuilder markdown)
    {
        if (Articles.ArticleRenderer.IsSafeUrl(url) && !url.Any(c => c is '<' or '>' || char.IsWhiteSpace(c)))
        {
            markdown.Append('<').Append(url).Append('>');
        }
    }

    // "[i]", "[12]", "[iv]", "[a]": a footnote call, a link to a note, not text.
    [GeneratedRegex(@"^\[\w{1,4}\]$|^\^?\d{1,3}$")]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex(@"^(?:[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$))")]
    private static partial Regex LineStart();
}
