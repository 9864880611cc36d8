using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages;

public sealed class ArticlePageTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private readonly HttpClient _client = fixture.App.CreateClient();

    private async Task<string> SlugAsync(string seedPrefix) =>
        (await _client.GetFromJsonAsync<JsonElement[]>("/api/articles"))!
            .Single(a => a.GetProperty("sourceFile").GetString()!.StartsWith(seedPrefix, StringComparison.Ordinal))
            .GetProperty("slug").GetString()!;

    private async Task<IDocument> PageAsync(string seedPrefix) =>
        new HtmlParser().ParseDocument(await _client.GetStringAsync($"/articles/{await SlugAsync(seedPrefix)}"));

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    [Theory]
    [InlineData("000", "High Stakes but Low Expectations for Ukraine Talks with Russia and the United States", 20)]
    [InlineData("001", "US Signals Low Expectations for Ukraine Peace Talks Amid Ongoing Conflict", 21)]
    [InlineData("002", "Russia-Ukraine Negotiations Stall Without Peace Agreement", 6)]
    [InlineData("003", "Washington and Moscow Talk, but Peace in Ukraine Still Feels Far Away", 6)]
    [InlineData("004", "As the war in Ukraine drags into its third year, a diplomatic resolution remains elusive…", 18)]
    public async Task Each_article_page_shows_its_title_once_and_its_body_paragraphs(string seed, string title, int paragraphs)
    {
        var page = await PageAsync(seed);

        Assert.Equal(title, Text(page, "h1"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(paragraphs, page.QuerySelectorAll(".body > p").Length);
        Assert.DoesNotContain(title, page.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_byline_dateline_and_date()
    {
        var page = await PageAsync("003");

        Assert.Equal("By Ingrid Jones", Text(page, ".article-meta .author"));
        Assert.Equal("U.S.A", Text(page, ".article-meta .dateline"));
        Assert.Equal("2025-12-03", page.QuerySelector(".article-meta time")!.GetAttribute("datetime"));
        Assert.Equal("3 December 2025", Text(page, ".article-meta time"));
        Assert.Empty(page.QuerySelectorAll(".body li"));
    }

    [Fact]
    public async Task The_page_shows_the_caption_with_its_credit_and_the_cited_sources_apart_from_the_body()
    {
        var page = await PageAsync("004");

        Assert.StartsWith("Head of the Ukrainian delegation", Text(page, "figure.caption figcaption"), StringComparison.Ordinal);
        Assert.Equal("Adem Altan/AFP", Text(page, "figure.caption .credit"));
        Assert.Contains("no headline", Text(page, ".note"), StringComparison.Ordinal);
        Assert.Equal(
            ["Al Jazeera", "Reuters", "AP News", "Foreign Affairs", "RAND"],
            page.QuerySelectorAll(".cited-sources .source-name").Select(e => e.TextContent.Trim()));
        Assert.Equal("Why Ukraine peace talks are failing", page.QuerySelector(".cited-sources cite")!.TextContent.Trim());

        var body = page.QuerySelector(".body")!.TextContent;
        Assert.DoesNotContain("Adem Altan", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SOURCES", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Be the first to comment", body, StringComparison.Ordinal);
        Assert.Equal("Be the first to comment", Text(page, "details.removed li"));
        Assert.Contains(page.QuerySelectorAll(".body h2"), h => h.TextContent == "🧨 1. Prolonged Conflict and Rising Human Cost");
    }

    [Fact]
    public async Task The_page_renders_the_outlet_table_and_list()
    {
        var page = await PageAsync("002");

        Assert.Equal("Politico", Text(page, ".kicker"));
        Assert.Equal(4, page.QuerySelectorAll(".body table tr").Length);
        Assert.Equal("Stakeholder", page.QuerySelector(".body table th")!.TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll(".body ul > li").Length);
    }

    [Fact]
    public async Task The_page_body_has_no_orphaned_links_or_comment_prompts()
    {
        var page = await PageAsync("001");
        var body = page.QuerySelector(".body")!.TextContent;

        Assert.DoesNotContain("More on US-Ukraine relations", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Read more on", body, StringComparison.Ordinal);
        Assert.DoesNotContain("comments", body, StringComparison.Ordinal);
        Assert.Equal(22, page.QuerySelectorAll(".body h2").Length);
        Assert.Equal(4, page.QuerySelectorAll("details.removed li").Length);
    }

    [Fact]
    public async Task An_unknown_article_is_a_friendly_404_page()
    {
        var response = await _client.GetAsync("/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", Text(page, "h1"));
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }
}
