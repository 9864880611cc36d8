using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.HostileInput;
using PeaceTalksTracker.Tests.Intake.Extraction.Html;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages;

/// <summary>A saved web page imported from the seeds folder, as a reader sees it on the article page.</summary>
public sealed class WebArticlePageTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly PeaceTalksApp _app;
    private readonly HttpClient _client;

    public WebArticlePageTests()
    {
        _seeds.File("geneva.html", WebPageFixtures.NewsArticle);
        _app = new PeaceTalksApp(_seeds.Path);
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task The_article_page_shows_the_pages_metadata()
    {
        var document = await OpenArticleAsync();

        Assert.Equal("Envoys meet in Geneva as peace talks resume", document.QuerySelector("h1")!.TextContent.Trim());
        var header = document.QuerySelector("main")!.TextContent;
        Assert.Contains("Jane Doe, Oleh Petrenko", header, StringComparison.Ordinal);
        Assert.Contains("2026", header, StringComparison.Ordinal);
        Assert.Contains("Delegates take their seats in Geneva.", header, StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "https://ledger.example/world/envoys-geneva");
    }

    [Fact]
    public async Task The_body_has_the_pages_structure_with_anchored_paragraphs()
    {
        var document = await OpenArticleAsync();
        var body = document.QuerySelector(".body")!;

        Assert.Equal("What is on the table", body.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(2, body.QuerySelectorAll("ul li.para-item").Length);
        Assert.NotNull(body.QuerySelector("table"));
        Assert.StartsWith("Negotiators from Ukraine and Russia", body.QuerySelector("#p-0")!.TextContent.Trim(), StringComparison.Ordinal);

        // The tagging works as for text files: Ukraine is highlighted in the first paragraph.
        Assert.NotEmpty(body.QuerySelectorAll("#p-0 mark[data-stakeholder]"));
    }

    [Fact]
    public async Task Nothing_of_the_page_is_live_on_the_article_page()
    {
        var html = await _client.GetStringAsync(await ArticleUrlAsync());
        var document = new HtmlParser().ParseDocument(html);

        HostileArticleTests.AssertNothingLive(document, "web article");
        Assert.Empty(document.QuerySelectorAll("main img, main iframe, main video, main picture"));
        foreach (var fragment in new[] { "cdn.example/photo.jpg", "video.example", "document.write", "color: red", "social.example/share" })
        {
            Assert.DoesNotContain(fragment, html, StringComparison.Ordinal);
        }
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> OpenArticleAsync() =>
        new HtmlParser().ParseDocument(await _client.GetStringAsync(await ArticleUrlAsync()));

    private async Task<string> ArticleUrlAsync()
    {
        var list = new HtmlParser().ParseDocument(await _client.GetStringAsync("/"));
        return Assert.Single(list.QuerySelectorAll(".article-title a")).GetAttribute("href")!;
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _seeds.Dispose();
    }
}
