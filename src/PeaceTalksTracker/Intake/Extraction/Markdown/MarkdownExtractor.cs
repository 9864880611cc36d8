using PeaceTalksTracker.Intake.Extraction.Text;

namespace PeaceTalksTracker.Intake.Extraction.Markdown;

/// <summary>Reads a Markdown article (<c>.md</c>): its YAML front matter, then the body, whose inline Markdown is Markdown.</summary>
/// <remarks>
/// The block structure comes from the line reader, which already reads the Markdown news dumps carry (ATX headings,
/// <c>-</c> and <c>1.</c> lists, pipe tables) and the header lines above the body exactly as for <c>.txt</c>, so the
/// cleaning rules see the same blocks whichever the format. Each block's text is then read by Markdig as inline
/// Markdown (<see cref="MarkdownInline"/>): emphasis, links and code are kept as Markdown for the page, images become
/// their alt text, footnote markers go, and the stored plain text holds no URL. A <c>&gt;</c> quote line is a paragraph.
/// </remarks>
public sealed class MarkdownExtractor : IArticleExtractor
{
    public DocumentFormat Format => DocumentFormat.Markdown;

    public ParsedArticle Extract(SourceDocument document)
    {
        var (frontMatter, body) = FrontMatter.Split(TextLines.Normalize(document.Text));
        var article = TextExtractor.ReadText(body);
        return frontMatter.ApplyTo(article with
        {
            Headline = article.Headline is null ? null : MarkdownInline.PlainText(MarkdownInline.Sanitize(article.Headline)).Trim(),
            Blocks = [.. article.Blocks.Select(Read).OfType<ParsedBlock>()],
            SourceUrl = document.SourceUrl,
            Notes = frontMatter.Notes,
        });
    }

    private static ParsedBlock? Read(ParsedBlock block)
    {
        switch (block.Kind)
        {
            case BlockKind.Table:
                return block with { Text = string.Join('\n', block.Text.Split('\n').Select((row, i) => i == 1 ? row : TableRow(row))) };
            case BlockKind.Heading:
                var heading = MarkdownInline.PlainText(MarkdownInline.Sanitize(block.Text)).Trim();
                return heading.Length == 0 ? null : block with { Text = heading };
            default:
                var line = block.Text.StartsWith("> ", StringComparison.Ordinal) ? block.Text[2..] : block.Text;
                var markdown = MarkdownInline.Sanitize(line);
                var text = MarkdownInline.PlainText(markdown);

                // A line that was only an image or a footnote marker leaves nothing to read.
                return text.Trim().Length == 0 ? null : block with { Text = text, Markdown = markdown };
        }
    }

    /// <summary>A table row whose cells follow the same rule as paragraphs (issue 16.7).</summary>
    private static string TableRow(string row) =>
        "| " + string.Join(" | ", BodyReader.SplitCells(row).Select(c => MarkdownInline.Sanitize(c).Replace("|", "\\|", StringComparison.Ordinal))) + " |";
}
