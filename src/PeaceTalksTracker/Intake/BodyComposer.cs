using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake;

/// <summary>Composes the body's Markdown and its paragraph rows from the same blocks, kept in step block by block.</summary>
public static class BodyComposer
{
    public static string Markdown(IReadOnlyList<ParsedBlock> blocks)
    {
        var chunks = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    chunks.Add(MarkdownText.Heading(block.Text));
                    break;
                case BlockKind.Paragraph:
                    chunks.Add(block.Markdown ?? MarkdownText.EscapeBlock(block.Text));
                    break;
                case BlockKind.Table:
                    chunks.Add(block.Text);
                    break;
                default:
                    // Consecutive items of one kind are one tight list.
                    var items = new List<string>();
                    for (; i < blocks.Count && blocks[i].Kind == block.Kind; i++)
                    {
                        var item = blocks[i];
                        var marker = item.Kind == BlockKind.OrderedListItem ? $"{item.Number}." : "-";
                        items.Add($"{marker} {item.Markdown ?? MarkdownText.EscapeBlock(item.Text)}");
                    }

                    i--;
                    chunks.Add(string.Join('\n', items));
                    break;
            }
        }

        return string.Join("\n\n", chunks);
    }

    /// <summary>Every block but the headings, each with the heading of the section it is in.</summary>
    public static IReadOnlyList<ParsedParagraph> Paragraphs(IReadOnlyList<ParsedBlock> blocks)
    {
        var paragraphs = new List<ParsedParagraph>();
        string? heading = null;
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    heading = block.Text;
                    break;
                case BlockKind.Paragraph:
                    paragraphs.Add(new ParsedParagraph(heading, block.Text, ParagraphKind.Paragraph));
                    break;
                case BlockKind.Table:
                    paragraphs.Add(new ParsedParagraph(heading, block.Text, ParagraphKind.Table));
                    break;
                default:
                    paragraphs.Add(new ParsedParagraph(heading, block.Text, ParagraphKind.ListItem));
                    break;
            }
        }

        return paragraphs;
    }
}
