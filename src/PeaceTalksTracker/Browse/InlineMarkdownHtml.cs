using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Browse;

/// <summary>
/// A Markdown article's paragraph as HTML: its emphasis, code and links (made safe by
/// <see cref="ArticleRenderer.MakeSafe"/>) with the stakeholder mentions highlighted at their offsets in the plain text.
/// Every piece of text is HTML-encoded by the content builder, and only the elements written here can appear.
/// </summary>
public static class InlineMarkdownHtml
{
    public static IHtmlContent Render(ContainerInline inline, IReadOnlyList<TextSegment> segments, Func<string, string> stakeholderName)
    {
        var content = new HtmlContentBuilder();
        var cursor = 0;
        Write(inline, content, segments, ref cursor, stakeholderName);
        return content;
    }

    /// <summary>Whether a paragraph has any inline Markdown worth rendering (otherwise its plain text is shown as it is).</summary>
    public static bool HasMarkup(ContainerInline? inline) =>
        inline is not null && inline.Descendants<Inline>().Any(i => i is EmphasisInline or LinkInline or AutolinkInline or CodeInline);

    private static void Write(Inline inline, HtmlContentBuilder content, IReadOnlyList<TextSegment> segments, ref int cursor, Func<string, string> name)
    {
        switch (inline)
        {
            case LinkInline { IsAutoLink: true } bare:
                content.AppendHtml(Link(bare.Url, bare.Url ?? ""));
                return;
            case AutolinkInline autolink:
                content.AppendHtml(Link(autolink.Url, autolink.Url));
                return;
            case LinkInline link:
                var anchor = Link(link.Url, null);
                var inner = new HtmlContentBuilder();
                foreach (var child in link)
                {
                    Write(child, inner, segments, ref cursor, name);
                }

                anchor.InnerHtml.AppendHtml(inner);
                content.AppendHtml(anchor);
                return;
            case EmphasisInline emphasis:
                var tag = emphasis.DelimiterChar == '~' ? "del" : emphasis.DelimiterCount >= 2 ? "strong" : "em";
                var element = new TagBuilder(tag);
                var children = new HtmlContentBuilder();
                foreach (var child in emphasis)
                {
                    Write(child, children, segments, ref cursor, name);
                }

                element.InnerHtml.AppendHtml(children);
                content.AppendHtml(element);
                return;
            case CodeInline code:
                var codeElement = new TagBuilder("code");
                var codeText = new HtmlContentBuilder();
                Text(code.Content, codeText, segments, ref cursor, name);
                codeElement.InnerHtml.AppendHtml(codeText);
                content.AppendHtml(codeElement);
                return;
            case LiteralInline literal:
                Text(literal.Content.ToString(), content, segments, ref cursor, name);
                return;
            case HtmlEntityInline entity:
                Text(entity.Transcoded.ToString(), content, segments, ref cursor, name);
                return;
            case LineBreakInline:
                Text(" ", content, segments, ref cursor, name);
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Write(child, content, segments, ref cursor, name);
                }

                return;
        }
    }

    private static TagBuilder Link(string? url, string? text)
    {
        var anchor = new TagBuilder("a");
        anchor.Attributes["href"] = ArticleRenderer.IsSafeUrl(url) ? url ?? "" : "#unsafe-link-removed";
        anchor.Attributes["rel"] = ArticleRenderer.LinkRel;
        if (text is not null)
        {
            anchor.InnerHtml.Append(text);
        }

        return anchor;
    }

    /// <summary>Writes the plain text from <paramref name="cursor"/> on, split where the highlighted segments split it.</summary>
    private static void Text(string text, HtmlContentBuilder content, IReadOnlyList<TextSegment> segments, ref int cursor, Func<string, string> name)
    {
        var end = cursor + text.Length;
        var position = 0;
        foreach (var segment in segments)
        {
            var segmentEnd = position + segment.Text.Length;
            var from = Math.Max(position, cursor);
            var to = Math.Min(segmentEnd, end);
            if (from < to)
            {
                var piece = segment.Text.Substring(from - position, to - from);
                content.AppendHtml(HighlightHtml.Render([segment with { Text = piece }], name));
            }

            position = segmentEnd;
        }

        cursor = end;
    }
}
