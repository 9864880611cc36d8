using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake;

/// <summary>
/// The reading view pairs the blocks Markdig renders from BodyMarkdown with the stored paragraphs, one to one and in order.
/// These tests parse BodyMarkdown exactly as <see cref="ArticleRenderer"/> does and check that pairing holds.
/// </summary>
public sealed class BodyMarkdownContractTests
{
    // The same extensions ArticleRenderer uses: what these tests see is what readers see.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static TheoryData<string> Seeds => new(Directory.GetFiles(RepoPaths.Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private sealed record RenderedBlock(ParagraphKind Kind, string? Heading, string Text);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_body_renders_one_block_per_paragraph_in_order(string seed)
    {
        var article = new ArticleParser().Parse(File.ReadAllText(Path.Combine(RepoPaths.Seeds, seed)));

        AssertBlocksMatchParagraphs(article);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_cut_of_a_seed_parses_and_keeps_the_contract(string seed)
    {
        // Truncated and oddly cut files are what a careless export produces; none may break the pairing.
        var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, seed));
        for (var length = 0; length <= text.Length; length += 97)
        {
            var article = new ArticleParser().Parse(text[..length]);

            Assert.False(string.IsNullOrWhiteSpace(article.Title));
            AssertBlocksMatchParagraphs(article);
        }
    }

    [Fact]
    public void Characters_markdown_would_interpret_in_prose_render_as_written()
    {
        string[] prose =
        [
            "1. A lone numbered line is prose, not a list.",
            "#1 priority for Kyiv is security, officials said.",
            "-5 degrees was the overnight low, and a minus sign opened the line.",
            "2025. The year the talks began, written at the start of a line.",
            "=== and --- and *** at the start of a line are not rules or headings.",
            "Prices rose 5*3 times; the word _emphasis_ and **stars** stay as typed.",
            "Tags like <script>alert(1)</script> and <b>bold</b> are shown as text.",
            "A pipe | in prose | stays, as does a ~tilde~ and a ^caret^ and ++plus++ and ==equals==.",
            "Entities such as &amp; and &lt; stay literal, as do \\backslashes\\ and `backticks`.",
            "> This line opened with a greater-than sign.",
            "[Not a link](javascript:alert(1)) and ![not an image](x.png) stay text.",
        ];
        var article = new ArticleParser().Parse("Peace Talks Headline Here\n\nThe opening paragraph.\n\n" + string.Join("\n\n", prose));

        var texts = article.Paragraphs.Select(p => p.Text).Skip(1).ToList();
        Assert.Equal(prose, texts);
        AssertBlocksMatchParagraphs(article);

        var html = new ArticleRenderer().ToHtml(article.BodyMarkdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<hr", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h", html.Replace("<hr", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_with_markdown_characters_render_as_written()
    {
        var article = new ArticleParser().Parse("Peace Talks Headline Here\n\nThe opening paragraph.\nThe *Real* Issue #2 <Now>\nThe paragraph after.");

        Assert.Equal("The *Real* Issue #2 <Now>", article.Paragraphs[^1].Heading);
        AssertBlocksMatchParagraphs(article);
    }

    private static void AssertBlocksMatchParagraphs(ParsedArticle article)
    {
        var blocks = RenderedBlocks(article.BodyMarkdown);

        Assert.Equal(article.Paragraphs.Count, blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var (paragraph, block) = (article.Paragraphs[i], blocks[i]);
            Assert.Equal(paragraph.Kind, block.Kind);
            Assert.Equal(paragraph.Heading, block.Heading);
            Assert.Equal(paragraph.Text, block.Text);
        }
    }

    private static List<RenderedBlock> RenderedBlocks(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<RenderedBlock>();
        string? heading = null;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock h:
                    Assert.Equal(2, h.Level);
                    heading = PlainText(h.Inline);
                    break;
                case ParagraphBlock p:
                    blocks.Add(new RenderedBlock(ParagraphKind.Paragraph, heading, PlainText(p.Inline)));
                    break;
                case ListBlock list:
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var itemParagraph = Assert.IsType<ParagraphBlock>(Assert.Single(item));
                        blocks.Add(new RenderedBlock(ParagraphKind.ListItem, heading, PlainText(itemParagraph.Inline)));
                    }

                    break;
                case Table table:
                    blocks.Add(new RenderedBlock(ParagraphKind.Table, heading, markdown.Substring(table.Span.Start, table.Span.Length).TrimEnd()));
                    break;
                default:
                    Assert.Fail($"Unexpected {block.GetType().Name} in the body Markdown at line {block.Line}");
                    break;
            }
        }

        return blocks;
    }

    private static string PlainText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline);
        return builder.ToString();

        void Append(Inline? node)
        {
            switch (node)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child);
                    }

                    break;
            }
        }
    }
}
