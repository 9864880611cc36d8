using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.HostileInput;

/// <summary>An article file full of markup that tries to run script: imported, shown as text, never live.</summary>
public sealed class HostileArticleTests : IDisposable
{
    private readonly TempFolder _seeds = new();
    private readonly PeaceTalksApp _app;
    private readonly HttpClient _client;

    public HostileArticleTests()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "hostile-article.txt"), Path.Combine(_seeds.Path, "hostile-article.txt"));
        _app = new PeaceTalksApp(_seeds.Path);
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task The_hostile_article_is_imported_and_listed_with_its_markup_as_text()
    {
        var document = await OpenAsync("/");

        var title = Assert.Single(document.QuerySelectorAll(".article-title a"));
        Assert.Contains("<script>alert('title')</script>", title.TextContent, StringComparison.Ordinal);
        AssertNothingLive(document, "/");
    }

    [Fact]
    public async Task The_hostile_article_page_shows_markup_as_text_and_nothing_that_runs()
    {
        var slug = await SlugAsync();
        var document = await OpenAsync($"/articles/{slug}");

        var text = document.QuerySelector("main")!.TextContent;
        Assert.Contains("<script>alert('title')</script>", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("onerror=alert('img')", text, StringComparison.Ordinal);
        Assert.Contains("<!-- hidden comment -->", text, StringComparison.Ordinal);
        AssertNothingLive(document, $"/articles/{slug}");
    }

    [Fact]
    public async Task The_hostile_article_html_carries_no_live_script_from_the_article()
    {
        var slug = await SlugAsync();

        var html = await _client.GetStringAsync($"/articles/{slug}");

        // The raw HTML, not only the parsed DOM: no tag from the article survives unescaped.
        foreach (var fragment in new[] { "<script>alert", "<img src=x", "<iframe", "<svg onload", "<style>body", "<!-- hidden", "href=\"javascript:", "href=\"data:" })
        {
            Assert.DoesNotContain(fragment, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_api_returns_the_hostile_text_as_json_strings()
    {
        var slug = await SlugAsync();

        var response = await _client.GetAsync($"/api/articles/{slug}");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("<script>", json.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        var bodyHtml = new HtmlParser().ParseDocument(json.RootElement.GetProperty("bodyHtml").GetString()!);
        AssertNothingLive(bodyHtml, "bodyHtml");
    }

    /// <summary>Asserts no element could run script or load foreign content; the layout's own script is the only one allowed.</summary>
    internal static void AssertNothingLive(IDocument document, string where)
    {
        var scripts = document.QuerySelectorAll("script").Select(s => s.GetAttribute("src") ?? "(inline)").ToList();
        Assert.True(scripts.All(src => src.StartsWith("/js/", StringComparison.Ordinal)), $"{where}: unexpected scripts {string.Join(", ", scripts)}");
        Assert.Empty(document.QuerySelectorAll("iframe, object, embed, style, svg[onload], img[onerror]"));
        var handlers = document.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>")).ToList();
        Assert.True(handlers.Count == 0, $"{where}: event handlers {string.Join(", ", handlers)}");
        var unsafeTargets = document.QuerySelectorAll("[href], [src], [action], [formaction]")
            .SelectMany(e => new[] { "href", "src", "action", "formaction" }.Select(e.GetAttribute))
            .Where(v => v is not null && IsScriptOrDataUrl(v))
            .ToList();
        Assert.True(unsafeTargets.Count == 0, $"{where}: unsafe link targets {string.Join(", ", unsafeTargets)}");
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _seeds.Dispose();
    }

    private static bool IsScriptOrDataUrl(string? url)
    {
        var compact = new string((url ?? "").Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    private async Task<string> SlugAsync()
    {
        var document = await OpenAsync("/");
        var href = document.QuerySelector(".article-title a")!.GetAttribute("href")!;
        return href["/articles/".Length..];
    }

    private async Task<IDocument> OpenAsync(string path) => new HtmlParser().ParseDocument(await _client.GetStringAsync(path));
}
