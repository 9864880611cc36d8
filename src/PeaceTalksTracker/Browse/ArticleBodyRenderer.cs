using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Browse;

/// <summary>A run of paragraph text, highlighted when <see cref="StakeholderId"/> is set.</summary>
public sealed record TextSegment(string Text, string? StakeholderId);

/// <summary>Where a stakeholder is named in a paragraph's plain text.</summary>
public sealed record MentionSpan(int Start, int Length, string StakeholderId);

public abstract record BodyBlock;

public sealed record HeadingBlockView(int Level, string Text, string Anchor) : BodyBlock;

/// <summary>
/// A paragraph or list item; <see cref="Index"/> is the Paragraph row's index (anchor <c>#p-{Index}</c>). <see cref="Inline"/>
/// is its inline Markdown (made safe) when it has any emphasis, code or link, for <see cref="InlineMarkdownHtml"/>.
/// </summary>
public sealed record TextBlockView(int Index, ParagraphKind Kind, ContainerInline? Inline = null) : BodyBlock;

public sealed record ListBlockView(bool Ordered, IReadOnlyList<TextBlockView> Items) : BodyBlock;

/// <summary>Markdig HTML (made safe by <see cref="ArticleRenderer.MakeSafe"/>) of a table or another block with no Paragraph row.</summary>
public sealed record HtmlBlockView(int? Index, string Html) : BodyBlock;

/// <summary>Either the body as blocks paired with its Paragraph rows, or, when they do not pair up, the whole body as HTML.</summary>
public sealed record ArticleBody(IReadOnlyList<BodyBlock> Blocks, IReadOnlyList<HeadingBlockView> Headings, string? FallbackHtml)
{
    public bool IsFallback => FallbackHtml is not null;
}

/// <summary>
/// Lays an article's Markdown body out block by block next to its Paragraph rows: the parser's contract is that the
/// non-heading blocks (paragraphs, list items, tables) correspond one to one, in order, to the rows. When an article
/// breaks that contract the reading view still works: it shows the whole body as Markdig HTML with the same anchors.
/// </summary>
public sealed class ArticleBodyRenderer
{
    public ArticleBody Render(string markdown, IReadOnlyList<(int Index, ParagraphKind Kind)> paragraphs)
    {
        var document = Markdown.Parse(markdown, ArticleRenderer.Pipeline);
        ArticleRenderer.MakeSafe(document);
        var headings = new List<HeadingBlockView>();
        var blocks = new List<BodyBlock>();
        var position = 0;
        var matches = true;

        TextBlockView? Next(ParagraphKind kind, ContainerInline? inline = null)
        {
            if (position >= paragraphs.Count || paragraphs[position].Kind != kind)
            {
                matches = false;
                position++;
                return null;
            }

            return new TextBlockView(paragraphs[position++].Index, kind, InlineMarkdownHtml.HasMarkup(inline) ? inline : null);
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var view = new HeadingBlockView(heading.Level, InlineText(heading.Inline), $"s-{headings.Count + 1}");
                    headings.Add(view);
                    blocks.Add(view);
                    break;
                case ParagraphBlock paragraphBlock:
                    if (Next(ParagraphKind.Paragraph, paragraphBlock.Inline) is { } paragraph)
                    {
                        blocks.Add(paragraph);
                    }

                    break;
                case ListBlock list:
                    var items = new List<TextBlockView>();
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        if (item.Descendants<ListBlock>().Any())
                        {
                            matches = false;
                        }

                        if (Next(ParagraphKind.ListItem, item.Descendants<ParagraphBlock>().FirstOrDefault()?.Inline) is { } listItem)
                        {
                            items.Add(listItem);
                        }
                    }

                    blocks.Add(new ListBlockView(list.IsOrdered, items));
                    break;
                case Table table:
                    var index = position < paragraphs.Count ? paragraphs[position].Index : -1;
                    if (Next(ParagraphKind.Table) is not null)
                    {
                        table.GetAttributes().Id = $"p-{index}";
                        blocks.Add(new HtmlBlockView(index, ToHtml(table)));
                    }

                    break;
                case ThematicBreakBlock or LinkReferenceDefinitionGroup:
                    break;
                default:
                    blocks.Add(new HtmlBlockView(null, ToHtml(block)));
                    break;
            }
        }

        if (matches && position == paragraphs.Count)
        {
            return new ArticleBody(blocks, headings, null);
        }

        return Fallback(markdown, paragraphs);
    }

    /// <summary>Splits <paramref name="text"/> into plain and highlighted runs; overlapping or out-of-range spans are skipped.</summary>
    public static IReadOnlyList<TextSegment> Highlight(string text, IEnumerable<MentionSpan> mentions)
    {
        var segments = new List<TextSegment>();
        var cursor = 0;
        foreach (var mention in mentions.OrderBy(m => m.Start).ThenByDescending(m => m.Length))
        {
            if (mention.Start < cursor || mention.Length <= 0 || mention.Start + mention.Length > text.Length)
            {
                continue;
            }

            if (mention.Start > cursor)
            {
                segments.Add(new TextSegment(text[cursor..mention.Start], null));
            }

            segments.Add(new TextSegment(text.Substring(mention.Start, mention.Length), mention.StakeholderId));
            cursor = mention.Start + mention.Length;
        }

        if (cursor < text.Length)
        {
            segments.Add(new TextSegment(text[cursor..], null));
        }

        return segments;
    }

    private static ArticleBody Fallback(string markdown, IReadOnlyList<(int Index, ParagraphKind Kind)> paragraphs)
    {
        // Anchors follow the same reading order as the rows, so #p-N links land close to the right place even here.
        var document = Markdown.Parse(markdown, ArticleRenderer.Pipeline);
        ArticleRenderer.MakeSafe(document);
        var headings = new List<HeadingBlockView>();
        var position = 0;
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var view = new HeadingBlockView(heading.Level, InlineText(heading.Inline), $"s-{headings.Count + 1}");
                    heading.GetAttributes().Id = view.Anchor;
                    headings.Add(view);
                    break;
                case ParagraphBlock when block.Parent is MarkdownDocument or QuoteBlock:
                case ListItemBlock:
                case Table:
                    if (position < paragraphs.Count)
                    {
                        block.GetAttributes().Id = $"p-{paragraphs[position].Index}";
                    }

                    position++;
                    break;
            }
        }

        return new ArticleBody([], headings, ToHtml(document));
    }

    private static string ToHtml(MarkdownObject markdownObject) => ArticleRenderer.Write(markdownObject);

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var leaf in inline.Descendants<Inline>())
        {
            switch (leaf)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
