using System.Text;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Cleaning;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class LongParagraphRuleTests
{
    private static ParsedArticle WithBody(params ParsedBlock[] blocks) => new() { Headline = "A headline", Blocks = blocks };

    [Fact]
    public void A_paragraph_of_many_sentences_is_split_at_sentence_ends_into_paragraphs_of_at_most_the_limit()
    {
        var sentences = Enumerable.Range(1, 200).Select(i => $"Delegates met for round {i} of the talks in Geneva on Monday.").ToList();
        var text = string.Join(' ', sentences);

        var cleaned = new LongParagraphRule().Apply(WithBody(new ParsedBlock(BlockKind.Heading, "Talks"), new ParsedBlock(BlockKind.Paragraph, text)));

        var parts = cleaned.Blocks.Skip(1).ToList();
        Assert.Equal(BlockKind.Heading, cleaned.Blocks[0].Kind);
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.Equal(BlockKind.Paragraph, p.Kind));
        Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, LongParagraphRule.MaxChars));
        Assert.All(parts, p => Assert.EndsWith("Monday.", p.Text, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(' ', parts.Select(p => p.Text)));
        Assert.All(cleaned.Paragraphs.Skip(0), p => Assert.Equal("Talks", p.Heading));
    }

    [Fact]
    public void One_long_line_without_sentences_is_split_between_words_and_loses_no_word()
    {
        var text = new StringBuilder().Insert(0, "Russia Ukraine peace talks word ", 60_000).ToString().Trim();

        var parts = new LongParagraphRule().Apply(WithBody(new ParsedBlock(BlockKind.Paragraph, text))).Paragraphs;

        Assert.All(parts, p => Assert.InRange(p.Text.Length, 1, LongParagraphRule.MaxChars));
        Assert.Equal(text, string.Join(' ', parts.Select(p => p.Text)));
    }

    [Fact]
    public void The_body_of_a_split_paragraph_holds_its_text_once_not_once_per_piece()
    {
        var text = new StringBuilder().Insert(0, "Russia Ukraine *peace* talks word ", 3_000).ToString().Trim();

        // The block's own Markdown is the whole paragraph's; each piece must not carry it.
        var cleaned = new LongParagraphRule().Apply(WithBody(new ParsedBlock(BlockKind.Paragraph, text.Replace("*", "", StringComparison.Ordinal), Markdown: text)));

        Assert.True(cleaned.Blocks.Count > 10);
        Assert.InRange(cleaned.BodyMarkdown.Length, text.Length * 0.8, text.Length * 1.2);
        Assert.Contains("Russia Ukraine peace talks word", cleaned.BodyMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_within_the_limit_and_other_blocks_are_left_as_they_are()
    {
        var article = WithBody(new ParsedBlock(BlockKind.Paragraph, "Short."), new ParsedBlock(BlockKind.Table, "| a |\n| - |\n| " + new string('x', 9_000) + " |"));

        Assert.Same(article, new LongParagraphRule().Apply(article));
    }
}
