using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.HostileInput;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages;

/// <summary>A Markdown article is shown as Markdown, safely: emphasis and links live, images and raw HTML never.</summary>
public sealed class MarkdownArticlePageTests : IDisposable
{
    private const string Article = """
        ---
        title: Summit Coverage in Beijing
        ---
        # Summit Coverage in Beijing

        Envoys gathered for a second day.

        Russia and Ukraine sent **senior** envoys, and [the full recording](https://www.youtube.com/watch?v=7XEY9Vhr-XI) is online.[[i]](#fn-1)

        ![A photo of the delegations](/api/search?q=zzz) <img src=x onerror=alert(1)>

        - Watch https://youtu.be/7XEY9Vhr-XI again, said Ukraine's _envoy_.
        """;

    private readonly TempFolder _seeds = new();
    private readonly PeaceTalksApp _app;
    private readonly HttpClient _client;

    public MarkdownArticlePageTests()
    {
        _seeds.File("summit.md", Article);
        _app = new PeaceTalksApp(_seeds.Path);
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task Emphasis_and_links_are_rendered_with_mentions_still_highlighted()
    {
        var body = (await OpenAsync()).QuerySelector(".body")!;

        var first = body.QuerySelectorAll(".para-text").First(p => p.TextContent.Contains("envoys", StringComparison.Ordinal));
        Assert.Equal("senior", first.QuerySelector("strong")!.TextContent);
        var link = first.QuerySelector("a")!;
        Assert.Equal("the full recording", link.TextContent);
        Assert.Equal("https://www.youtube.com/watch?v=7XEY9Vhr-XI", link.GetAttribute("href"));
        Assert.Equal("nofollow noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal(["russia", "ukraine"], first.QuerySelectorAll("mark[data-stakeholder]").Select(m => m.GetAttribute("data-stakeholder")));
        Assert.DoesNotContain("[i]", first.TextContent, StringComparison.Ordinal);
        Assert.Equal("envoy", body.QuerySelector("li em")!.TextContent);
    }

    [Fact]
    public async Task A_video_id_in_a_link_is_not_read_as_a_stakeholder()
    {
        var document = await OpenAsync();

        Assert.DoesNotContain(document.QuerySelectorAll("mark[data-stakeholder]"), m => m.GetAttribute("data-stakeholder")!.Contains("xi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Images_become_their_alt_text_and_raw_html_stays_text()
    {
        var html = await ArticleHtmlAsync();
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Contains("A photo of the delegations", document.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", document.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
        HostileArticleTests.AssertNothingLive(document, "markdown article");
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> OpenAsync() => new HtmlParser().ParseDocument(await ArticleHtmlAsync());

    private async Task<string> ArticleHtmlAsync()
    {
        var list = new HtmlParser().ParseDocument(await _client.GetStringAsync("/"));
        var href = Assert.Single(list.QuerySelectorAll(".article-title a")).GetAttribute("href")!;
        return await _client.GetStringAsync(href);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _seeds.Dispose();
    }
}
