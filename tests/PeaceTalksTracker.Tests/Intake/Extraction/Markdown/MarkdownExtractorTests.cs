using System.Diagnostics;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Extraction.Markdown;

namespace PeaceTalksTracker.Tests.Intake.Extraction.Markdown;

public sealed class MarkdownExtractorTests
{
    private static ParsedArticle Extract(string markdown) =>
        new MarkdownExtractor().Extract(new SourceDocument("/notes/article.md", markdown, DocumentFormat.Markdown));

    [Fact]
    public void Inline_markdown_is_kept_for_the_page_and_the_text_is_what_a_reader_reads()
    {
        var article = Extract("Envoys Meet in Geneva\n\nThe **first** round of [talks](https://news.example/talks \"t\") ended on _Friday_ with `no deal`.\n");

        var paragraph = Assert.Single(article.Blocks);
        Assert.Equal("The **first** round of [talks](<https://news.example/talks>) ended on _Friday_ with `no deal`.", paragraph.Markdown);
        Assert.Equal("The first round of talks ended on Friday with no deal.", paragraph.Text);
    }

    [Fact]
    public void A_link_target_is_never_text_so_a_video_id_is_not_tagged()
    {
        var article = Extract("Watching the Summit\n\nWatch https://www.youtube.com/watch?v=7XEY9Vhr-XI or [the recording](https://youtu.be/7XEY9Vhr-XI) of the summit.\n");

        var paragraph = Assert.Single(article.Blocks);
        Assert.DoesNotContain("7XEY9Vhr-XI", paragraph.Text, StringComparison.Ordinal);
        Assert.Equal("Watch  or the recording of the summit.", paragraph.Text);
        Assert.Contains("<https://www.youtube.com/watch?v=7XEY9Vhr-XI>", paragraph.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_become_their_alt_text_and_footnote_markers_are_dropped()
    {
        var article = Extract("Talks in Geneva\n\nA standfirst line.\n\nThe delegations met ![a photo of the table](https://cdn.example/p.jpg) in private, officials said on Friday.[[i]](#note-1)\n\n![A caption for the photo](https://cdn.example/q.jpg)\n");

        Assert.Equal(["A standfirst line.", "The delegations met a photo of the table in private, officials said on Friday.", "A caption for the photo"], article.Blocks.Select(b => b.Text));
        var paragraph = article.Blocks[1];
        Assert.DoesNotContain("cdn.example", paragraph.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("note-1", paragraph.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_cells_follow_the_paragraphs_rule()
    {
        var article = Extract("Positions\n\nThe sides set out their positions on Friday.\n\n| Side | Position |\n|---|---|\n| Kyiv ![p](/api/search?q=zzz) | **firm** |\n");

        var table = Assert.Single(article.Blocks, b => b.Kind == BlockKind.Table);
        Assert.Equal("| Side | Position |\n|---|---|\n| Kyiv p | **firm** |", table.Text);
    }

    [Fact]
    public void Front_matter_is_read_as_yaml_and_nested_keys_are_ignored_with_a_note()
    {
        var article = Extract("---\ntitle: \"Talks: What Comes Next\"\nauthor: Jane Doe\ndate: 2025-12-04\ntags:\n  - peace\n  - talks\nseo: { score: 3 }\nunknown_key: kept out\n---\nBody paragraph about the talks in Geneva on Friday.\n");

        Assert.Equal("Talks: What Comes Next", article.Headline);
        Assert.Equal("Jane Doe", article.Author);
        // Extraction only offers the date; cleaning weighs it against the address and the text (PublicationDateRule).
        Assert.Equal(new DateTimeOffset(2025, 12, 4, 0, 0, 0, TimeSpan.Zero), article.Page.Published);
        Assert.Equal("front matter", article.Page.Origin);
        Assert.Equal(["front matter: 'tags' holds a nested value; ignored", "front matter: 'seo' holds a nested value; ignored"], article.Notes);
    }

    [Theory]
    [InlineData("---\n- a list\n- of things\n---\nBody.\n")]
    [InlineData("---\njust a sentence\n---\nBody.\n")]
    public void Front_matter_that_is_not_a_mapping_is_a_clear_rejection(string markdown)
    {
        var error = Assert.Throws<FormatException>(() => Extract(markdown));

        Assert.StartsWith("front matter is not a mapping of keys to values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hand_written_front_matter_that_is_not_valid_yaml_is_still_read_line_by_line()
    {
        var article = Extract("---\ntitle: Talks: What Comes Next\noutlet: Reuters\n---\nBody paragraph about the talks.\n");

        Assert.Equal("Talks: What Comes Next", article.Headline);
        Assert.Equal("Reuters", article.Outlet);
        Assert.StartsWith("front matter is not valid YAML", Assert.Single(article.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_yaml_cannot_slow_the_import()
    {
        // Nine levels of aliases, each ten times the last (a "billion laughs"), and a 1 MB value.
        var laughs = new System.Text.StringBuilder("---\na0: &a0 lol\n");
        for (var level = 1; level <= 9; level++)
        {
            laughs.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        laughs.Append("bomb: *a9\n").Append("title: ").Append('x', 1_000_000).Append("\nauthor: Jane Doe\n---\nBody paragraph.\n");
        var clock = Stopwatch.StartNew();

        var article = Extract(laughs.ToString());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal("Jane Doe", article.Author);
        Assert.Contains("front matter: 'bomb' is an alias; ignored", article.Notes);
        Assert.Contains("front matter: 'title' is 1,000,000 characters long; ignored", article.Notes);
    }
}
