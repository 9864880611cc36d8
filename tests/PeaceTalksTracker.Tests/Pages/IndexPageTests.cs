using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages;

public sealed class IndexPageTests
{
    [Fact]
    public async Task Home_page_lists_the_five_seed_titles()
    {
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();

        var html = await client.GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);
        var titles = document.QuerySelectorAll(".article-title a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(5, titles.Count);
        Assert.Contains("Washington and Moscow Talk, but Peace in Ukraine Still Feels Far Away", titles);
        Assert.Contains("Russia-Ukraine Negotiations Stall Without Peace Agreement", titles);
    }

    [Fact]
    public async Task Home_page_shows_outlet_author_date_and_word_count_of_each_article()
    {
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var items = document.QuerySelectorAll(".article-item")
            .ToDictionary(i => i.QuerySelector(".article-title a")!.TextContent.Trim(), i => i);

        var seed003 = items["Washington and Moscow Talk, but Peace in Ukraine Still Feels Far Away"];
        Assert.Equal("Ingrid Jones", seed003.QuerySelector(".author")?.TextContent.Trim());
        Assert.Equal("2025-12-03", seed003.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Matches(@"^\d+ words$", seed003.QuerySelector(".words")!.TextContent.Trim());
        Assert.Equal("Politico", items["Russia-Ukraine Negotiations Stall Without Peace Agreement"].QuerySelector(".outlet")?.TextContent.Trim());
    }
}
