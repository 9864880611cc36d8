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
}
