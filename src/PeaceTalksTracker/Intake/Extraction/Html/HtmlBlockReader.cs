using System.Text;
using AngleSharp.Dom;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Extraction.Html;

/// <summary>What the main content's DOM becomes: the body blocks, the first figure's caption and credit, and what was set aside.</summary>
internal sealed record HtmlBody(IReadOnlyList<ParsedBlock> Blocks, string? Caption, string? CaptionCredit, IReadOnlyList<ParsedRemoval> Removed);

/// <summary>
/// Turns the main content element into blocks from its structure, never from line breaks: each <c>p</c> (or run of
/// text between block elements) a paragraph, <c>li</c> a list item (nested lists flattened in reading order), headings
/// section headings, a data table a table, <c>blockquote</c> its paragraphs. Figures give the caption and credit and
/// never a body paragraph. Only text is kept: images, media, scripts, forms and links' targets are dropped here, so
/// nothing of the page can later make a reader's browser request anything.
/// </summary>
internal sealed class HtmlBlockReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "input", "select", "textarea",
        "iframe", "object", "embed", "video", "audio", "svg", "canvas", "img", "picture", "source", "map", "head", "title", "link", "meta",
    };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "span", "b", "strong", "i", "em", "u", "small", "sup", "sub", "abbr", "time", "mark", "cite", "q", "code", "s", "del",
        "ins", "font", "label", "bdi", "bdo", "dfn", "kbd", "samp", "var", "tt", "big", "strike", "nobr", "data", "ruby", "rt", "rp",
    };

    private readonly List<ParsedBlock> _blocks = [];
    private readonly List<ParsedRemoval> _removed = [];
    private readonly StringBuilder _text = new();
    private BlockKind _kind = BlockKind.Paragraph;
    private int _number;
    private string? _caption;
    private string? _credit;

    public static HtmlBody Read(IElement content)
    {
        var reader = new HtmlBlockReader();
        reader.Walk(content);
        reader.Flush();
        return new HtmlBody(reader._blocks, reader._caption, reader._credit, reader._removed);
    }

    private void Walk(INode node)
    {
        switch (node)
        {
            case IText text:
                _text.Append(text.Data);
                return;
            case IElement element:
                WalkElement(element);
                return;
        }
    }

    private void WalkElement(IElement element)
    {
        var tag = element.LocalName;
        if (Dropped.Contains(tag) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return;
        }

        if (tag == "br")
        {
            _text.Append(' ');
            return;
        }

        if (Inline.Contains(tag))
        {
            WalkChildren(element);
            return;
        }

        Flush();
        switch (tag)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var heading = Normalize(element.TextContent);
                if (heading.Length > 0)
                {
                    _blocks.Add(new ParsedBlock(BlockKind.Heading, heading));
                }

                return;
            case "figure":
                ReadFigure(element);
                return;
            case "figcaption":
                // A caption outside a figure (Readability sometimes unwraps the figure) is still a caption.
                AddCaption(element);
                return;
            case "table" when DataTable.IsData(element):
                _blocks.Add(new ParsedBlock(BlockKind.Table, DataTable.ToMarkdown(element)));
                return;
            case "ul" or "ol":
                ReadList(element, tag == "ol");
                return;
            case "hr":
                return;
        }

        WalkChildren(element);
        Flush();
    }

    private void ReadList(IElement list, bool ordered)
    {
        var (kind, number) = (_kind, _number);
        var start = ordered && int.TryParse(list.GetAttribute("start"), out var s) ? s : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            _kind = ordered ? BlockKind.OrderedListItem : BlockKind.ListItem;
            _number = ordered ? start++ : 0;
            WalkChildren(item);
            Flush();
        }

        (_kind, _number) = (kind, number);
    }

    private void ReadFigure(IElement figure)
    {
        // A figure is an image (or a chart, a video) and its caption; its text is never body. A figure that only wraps
        // a quote or a table is content though.
        var caption = figure.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        if (caption is null && figure.QuerySelector("img, picture, video, iframe, svg, canvas") is null)
        {
            WalkChildren(figure);
            Flush();
            return;
        }

        if (caption is not null)
        {
            AddCaption(caption);
        }
    }

    private void AddCaption(IElement caption)
    {
        var creditElement = caption.QuerySelectorAll("*").FirstOrDefault(e => IsCredit(e));
        var credit = creditElement is null ? null : Normalize(creditElement.TextContent);
        creditElement?.Remove();
        var text = Normalize(caption.TextContent);
        if (text.Length == 0 && string.IsNullOrEmpty(credit))
        {
            return;
        }

        if (_caption is null && _credit is null)
        {
            _caption = text.Length > 0 ? text : null;
            _credit = string.IsNullOrEmpty(credit) ? null : credit;
            return;
        }

        _removed.Add(new ParsedRemoval(RemovedTextKind.Other, string.IsNullOrEmpty(credit) ? text : $"{text} ({credit})".TrimStart()));
    }

    private static bool IsCredit(IElement element)
    {
        var names = $"{element.ClassName} {element.Id} {element.GetAttribute("itemprop")}".ToLowerInvariant();
        return names.Contains("credit", StringComparison.Ordinal) || names.Contains("copyright", StringComparison.Ordinal)
            || names.Contains("photographer", StringComparison.Ordinal) || names.Contains("source", StringComparison.Ordinal);
    }

    private void WalkChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Walk(child);
        }
    }

    private void Flush()
    {
        var text = Normalize(_text.ToString());
        _text.Clear();
        if (text.Length > 0)
        {
            _blocks.Add(new ParsedBlock(_kind, text, _number));
        }
    }

    /// <summary>Collapses the page's whitespace (newlines, tabs, no-break spaces) and drops invisible characters.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
