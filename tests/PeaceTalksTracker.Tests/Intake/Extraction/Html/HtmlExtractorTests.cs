using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Extraction.Html;

namespace PeaceTalksTracker.Tests.Intake.Extraction.Html;

public sealed class HtmlExtractorTests
{
    private static ParsedArticle Extract(string html, string? sourceUrl = null) =>
        new HtmlExtractor().Extract(new SourceDocument("/saved/page.html", html, DocumentFormat.Html, SourceUrl: sourceUrl));

    // A two-paragraph story under the given <head> content (and <h1>), for the tests of what a page declares.
    private static string GrainStory(string head, string heading = "") => $"""
        <html><head>{head}</head>
        <body><article>{(heading.Length > 0 ? $"<h1>{heading}</h1>" : "")}
        <p>Three ships carrying grain left Odesa on Monday under naval escort, the port authority said.</p>
        <p>The convoy is the first since the corridor was closed, and insurers are watching how it fares.</p>
        </article></body></html>
        """;

    [Fact]
    public void The_body_keeps_the_article_structure_from_the_dom()
    {
        var article = Extract(WebPageFixtures.NewsArticle);

        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph, BlockKind.Table, BlockKind.Paragraph],
            article.Blocks.Select(b => b.Kind));
        Assert.StartsWith("Negotiators from Ukraine and Russia returned", article.Blocks[0].Text, StringComparison.Ordinal);
        Assert.Equal("What is on the table", article.Blocks[2].Text);
        Assert.StartsWith("“We came to listen", article.Blocks[5].Text, StringComparison.Ordinal);
        Assert.Equal("What is on the table", Assert.Single(article.Paragraphs, p => p.Kind == PeaceTalksTracker.Articles.ParagraphKind.ListItem && p.Text.StartsWith("An exchange", StringComparison.Ordinal)).Heading);
    }

    [Fact]
    public void Page_furniture_and_embedded_content_never_become_body()
    {
        var text = string.Join("\n", Extract(WebPageFixtures.NewsArticle).Blocks.Select(b => b.Text));

        foreach (var furniture in new[] { "Home", "Share on Social", "newsletter", "All rights reserved", "Related", "Earlier talks ended", "tracker", "color: red" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_figure_gives_the_caption_and_its_credit_and_no_body_paragraph()
    {
        var article = Extract(WebPageFixtures.NewsArticle);

        Assert.Equal("Delegates take their seats in Geneva.", article.Caption);
        Assert.Equal("Photo: Anna Smith/Wire", article.CaptionCredit);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Delegates take their seats", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_is_a_table_whose_cells_are_text()
    {
        var table = Assert.Single(Extract(WebPageFixtures.NewsArticle).Blocks, b => b.Kind == BlockKind.Table);

        Assert.Equal("| Round | Date |\n|---|---|\n| First | May 2025 |\n| Second \\*\\*bold\\*\\* | June 2025 |", table.Text);
    }

    [Fact]
    public void Json_ld_in_a_graph_is_trusted_before_opengraph_and_meta()
    {
        var article = Extract(WebPageFixtures.NewsArticle);

        Assert.Equal("Envoys meet in Geneva as peace talks resume", article.Headline);
        Assert.Equal("Jane Doe, Oleh Petrenko", article.Author);
        Assert.Equal(new DateOnly(2026, 2, 20), article.PublishedOn);
        Assert.Equal(new DateOnly(2026, 2, 21), article.UpdatedOn);
        Assert.Equal("Negotiators returned to the table on Friday.", article.Description);
        Assert.Equal("json-ld, opengraph, meta", article.Page.Origin);
        Assert.Equal("Daily Ledger", article.Page.SiteName);
        Assert.Equal(["Jane Doe", "Oleh Petrenko"], article.Page.Authors);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 8, 15, 0, TimeSpan.FromHours(1)), article.Page.Published);
        Assert.Equal("ReportageNewsArticle", article.Page.Kind);
        Assert.Equal("World", article.Page.Section);
        Assert.Equal("en-GB", article.Page.Language);
    }

    [Theory]
    [InlineData("Black Sea Grain Initiative", "Black Sea Grain Initiative - Reference Wiki", "2022 agreement on shipping from Ukrainian ports", "Black Sea Grain Initiative")]
    // The JSON-LD headline is kept when the document title carries it, or the heading is only part of it.
    [InlineData("Talks resume", "Envoys meet in Geneva as talks resume - Daily Ledger", "Envoys meet in Geneva as talks resume", "Envoys meet in Geneva as talks resume")]
    [InlineData("Geneva", "Geneva talks: day two - Daily Ledger", "Envoys back at the table in Geneva", "Envoys back at the table in Geneva")]
    // ... or the heading is the site's logo, or the title goes on past it with more than a site's name.
    [InlineData("Daily Ledger", "Daily Ledger | Talks resume", "Envoys back at the table", "Envoys back at the table")]
    [InlineData("Talks", "Talks | Envoys return to Geneva as the second round of talks opens", "Envoys back at the table", "Envoys back at the table")]
    public void A_json_ld_headline_that_the_heading_and_the_document_title_both_contradict_gives_way_to_the_heading(
        string heading, string documentTitle, string jsonLdHeadline, string expected)
    {
        var html = $$"""
            <html lang="en"><head><title>{{documentTitle}}</title><meta property="og:site_name" content="Daily Ledger">
            <script type="application/ld+json">{"@type":"Article","headline":"{{jsonLdHeadline}}"}</script></head>
            <body><article><h1>{{heading}}</h1>
            <p>The agreement let ships carry grain from three ports on the Black Sea while the war went on around them.</p>
            <p>It lapsed a year later, when Moscow declined to renew it and warned that ships would be treated as targets.</p>
            </article></body></html>
            """;

        Assert.Equal(expected, Extract(html).Headline);
    }

    [Fact]
    public void A_declared_title_that_is_the_sites_own_name_gives_way_to_the_heading_the_document_title_repeats()
    {
        var html = GrainStory(
            """
            <title>Grain ships leave Odesa under escort</title>
            <meta property="og:title" content="Harbour Wire - Latest News &amp; Headlines">
            <meta property="og:site_name" content="Harbour Wire - Latest News &amp; Headlines">
            """,
            heading: "Grain ships leave Odesa under escort");

        Assert.Equal("Grain ships leave Odesa under escort", Extract(html).Headline);
    }

    [Fact]
    public void Dublin_core_in_either_spelling_comes_before_opengraph_and_a_property_beats_a_name()
    {
        var html = GrainStory(
            """
            <title>Page title</title>
            <meta name="og:title" content="OpenGraph by name">
            <meta name="DC.creator" content="Creator by name">
            <meta property="og:title" content="OpenGraph by property">
            <meta property="dc:title" content="Dublin Core by property">
            <meta property="dc:creator" content="Creator by property">
            <meta name="author" content="Plain author">
            """);

        var article = Extract(html);

        Assert.Equal("Dublin Core by property", article.Headline);
        Assert.Equal("Creator by property", article.Author);
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("BY JANE DOE and Oleh Petrenko", "JANE DOE and Oleh Petrenko")]
    [InlineData("Byron Hale", "Byron Hale")]
    public void A_declared_author_written_as_the_printed_byline_is_the_name_after_by(string declared, string expected)
    {
        var html = GrainStory($"""<title>Grain ships leave Odesa</title><meta name="author" content="{declared}">""");

        Assert.Equal(expected, Extract(html).Author);
    }

    [Fact]
    public void Each_co_author_declared_in_a_tag_of_their_own_is_an_author()
    {
        var html = GrainStory(
            """
            <title>Grain ships leave Odesa</title>
            <meta property="article:author" content="https://ledger.example/staff/jane-doe">
            <meta name="author" content="Jane Doe">
            <meta name="author" content="Oleh Petrenko">
            <meta name="author" content="jane doe">
            """);

        var article = Extract(html);

        Assert.Equal(["Jane Doe", "Oleh Petrenko"], article.Page.Authors);
        Assert.Equal("Jane Doe, Oleh Petrenko", article.Author);
    }

    [Fact]
    public void Extraction_leaves_the_outlet_to_cleaning()
    {
        Assert.Null(Extract(WebPageFixtures.NewsArticle).Outlet);
    }

    [Fact]
    public void Without_json_ld_opengraph_and_meta_tags_are_read()
    {
        var article = Extract(WebPageFixtures.OpenGraphOnly, "https://quotidien.example/monde/pourparlers?utm=x");

        Assert.Equal("Pourparlers à Genève", article.Headline);

        // article:author holding a profile URL is not a name; the meta author is.
        Assert.Equal("Marie Dupont", article.Author);
        Assert.Equal("Le Quotidien", article.Page.SiteName);
        Assert.Equal(new DateOnly(2026, 2, 20), article.PublishedOn);
        Assert.Equal("fr", article.Page.Language);
        Assert.Equal("https://quotidien.example/monde/pourparlers", article.Page.CanonicalUrl);
        Assert.Equal(2, article.Blocks.Count);
    }

    [Fact]
    public void A_page_from_a_link_reads_as_the_same_page_from_a_file_with_the_link_as_its_source()
    {
        var fromFile = Extract(WebPageFixtures.NewsArticle);
        var fromLink = Extract(WebPageFixtures.NewsArticle, "https://ledger.example/world/2026/02/20/envoys-geneva?ref=feed");

        // A saved file's own address is unknown: the canonical address the page declares stands in.
        Assert.Equal("https://ledger.example/world/envoys-geneva", fromFile.SourceUrl);
        Assert.Equal("https://ledger.example/world/2026/02/20/envoys-geneva?ref=feed", fromLink.SourceUrl);
        Assert.Equal(fromFile.Page.CanonicalUrl, fromLink.Page.CanonicalUrl);
        Assert.Equal(fromFile.BodyMarkdown, fromLink.BodyMarkdown);
        Assert.Equal(fromFile with { SourceUrl = null }, fromLink with { SourceUrl = null }, new ParsedArticleComparer());
    }

    [Fact]
    public void A_page_with_no_article_gives_an_empty_body_not_an_error()
    {
        var article = Extract("<html><head><title>Just a title</title></head><body><nav><a href='/'>Home</a></nav></body></html>");

        Assert.Equal("Just a title", article.Headline);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Home", StringComparison.Ordinal));
    }

    private sealed class ParsedArticleComparer : IEqualityComparer<ParsedArticle>
    {
        public bool Equals(ParsedArticle? x, ParsedArticle? y) =>
            x is not null && y is not null && x.Title == y.Title && x.Author == y.Author && x.PublishedOn == y.PublishedOn
            && x.Caption == y.Caption && x.BodyMarkdown == y.BodyMarkdown && x.Page.SiteName == y.Page.SiteName;

        public int GetHashCode(ParsedArticle obj) => obj.Title.GetHashCode(StringComparison.Ordinal);
    }
}
