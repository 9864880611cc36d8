using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Browse;

public sealed class ArticleReadingPageTests
{
    [Fact]
    public async Task Every_paragraph_and_list_item_has_an_anchor_and_the_headings_make_a_table_of_contents()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/articles/alpha");

        Assert.Equal("Istanbul talks edge forward · PeaceTalksTracker", document.Title);
        Assert.Equal("Talks in Istanbul brought NATO and Russia closer on territory.", document.GetElementById("p-0")!.TextContent);
        Assert.Equal("P", document.GetElementById("p-1")!.TagName);
        Assert.Equal("LI", document.GetElementById("p-2")!.TagName);
        Assert.Equal("Then prisoners", document.QuerySelector("#p-3 .para-text")!.TextContent);
        var toc = document.QuerySelector("nav.toc a")!;
        Assert.Equal("The stakes", toc.TextContent);
        Assert.Equal("The stakes", document.GetElementById(toc.GetAttribute("href")![1..])!.TextContent);
    }

    [Fact]
    public async Task Stakeholder_mentions_are_highlighted_with_a_legend_that_can_switch_them_off()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/articles/alpha");
        var marks = document.QuerySelectorAll("#p-0 mark.sh");

        Assert.Equal(["NATO", "Russia"], marks.Select(m => m.TextContent).ToList());
        Assert.Equal("nato", marks[0].GetAttribute("data-stakeholder"));
        Assert.Contains("sh-nato", marks[0].ClassList);
        Assert.NotNull(document.QuerySelector(".legend input#hl-all[type=checkbox][checked]"));
        Assert.NotNull(document.QuerySelector(".legend input#hl-russia[type=checkbox]"));
        Assert.Contains("Russia", document.QuerySelector(".legend")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_paragraph_shows_its_themes_with_the_evidence_reachable_by_keyboard()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/articles/alpha");
        var tag = document.QuerySelector("#p-0 + .para-themes .theme-tag")!;

        Assert.Equal("territory", tag.GetAttribute("data-theme"));
        Assert.Equal("0", tag.GetAttribute("tabindex"));
        Assert.StartsWith("Territory and sovereignty", tag.TextContent.Trim(), StringComparison.Ordinal);
        var tip = document.GetElementById(tag.GetAttribute("aria-describedby")!)!;
        Assert.Equal("Evidence: territory, land", tip.TextContent);
        Assert.Equal("humanitarian", document.QuerySelector("#p-3 .theme-tag")!.GetAttribute("data-theme"));
    }

    [Fact]
    public async Task Quotes_are_listed_by_speaker_and_link_to_their_paragraph()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/articles/alpha");
        var quotes = document.QuerySelector("section.quotes")!;

        Assert.Contains("Vladimir Putin", quotes.QuerySelector(".speaker")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Russia", quotes.QuerySelector(".speaker .chip")!.TextContent);
        Assert.Equal("We are ready to talk", quotes.QuerySelector("q")!.TextContent);
        Assert.Equal("#p-1", quotes.QuerySelector("a.quote-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Previous_and_next_follow_the_list_order_and_the_compare_form_names_this_article()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var alpha = await client.GetDocumentAsync("/articles/alpha");
        Assert.Equal("/articles/bravo", alpha.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/articles/charlie", alpha.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var compare = alpha.QuerySelector(".compare-with form")!;
        Assert.Equal("/compare", compare.GetAttribute("action"));
        Assert.Equal("alpha", compare.QuerySelector("input[name=a]")!.GetAttribute("value"));
        Assert.Equal(["bravo", "charlie", "delta"], compare.QuerySelectorAll("datalist option").Select(o => o.GetAttribute("value")!).ToList());

        var delta = await client.GetDocumentAsync("/articles/delta");
        Assert.Equal("/articles/charlie", delta.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(delta.QuerySelector("a[rel=next]"));
        var bravo = await client.GetDocumentAsync("/articles/bravo");
        Assert.Null(bravo.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task A_stakeholder_in_the_address_lists_the_passages_that_name_it()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/articles/alpha?stakeholder=russia");

        Assert.Equal(["#p-0", "#p-1"], document.QuerySelectorAll("#focus a").Select(a => a.GetAttribute("href")!).ToList());
    }

    [Fact]
    public async Task Article_text_is_shown_as_text_never_as_markup()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseStore.StartAsync(seeds,
            new TestArticle("hostile", "<b>Bold</b> title", "Russia said <script>alert(1)</script> and [click](javascript:alert(2)).") { Aliases = BrowseCorpus.Aliases });
        using var _ = app;

        var document = await client.GetDocumentAsync("/articles/hostile");

        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.Empty(document.QuerySelectorAll("h1 b"));
        Assert.Contains("<script>alert(1)</script>", document.GetElementById("p-0")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task When_the_body_and_its_paragraphs_do_not_pair_up_the_whole_body_is_still_shown_with_anchors()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;
        await using (var db = app.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Articles SET BodyMarkdown = BodyMarkdown || '\n\nA block with no paragraph row.' WHERE Slug = 'alpha'");
        }

        var document = await client.GetDocumentAsync("/articles/alpha");

        Assert.Contains("A block with no paragraph row.", document.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Talks in Istanbul brought NATO and Russia closer on territory.", document.GetElementById("p-0")!.TextContent);
        Assert.Equal("The stakes", document.QuerySelector("nav.toc a")!.TextContent);
    }

    [Fact]
    public async Task A_table_is_one_anchored_block_without_style_attributes()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseStore.StartAsync(seeds,
            new TestArticle("tabled", "A table", "Before the table.", "| Side | Aim |\n|:---|---:|\n| Russia | Land |", "After the table."));
        using var _ = app;

        var document = await client.GetDocumentAsync("/articles/tabled");

        Assert.Equal("TABLE", document.GetElementById("p-1")!.TagName);
        Assert.Equal("After the table.", document.GetElementById("p-2")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task A_missing_article_is_a_friendly_404()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var response = await client.GetAsync(new Uri("/articles/no-such-article", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_seed_article_opens_with_anchored_paragraphs()
    {
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();
        var list = await client.GetDocumentAsync("/");
        var links = list.QuerySelectorAll(".article-title a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(5, links.Count);
        foreach (var link in links)
        {
            var document = await client.GetDocumentAsync(link);
            Assert.NotNull(document.GetElementById("p-0"));
        }
    }
}
