using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.HostileInput;

/// <summary>
/// An article full of script-bearing markup, read in a real browser: any script that ran would open a dialog
/// (alert) or, blocked by the Content-Security-Policy, log a console error; the journey fails on either.
/// </summary>
public sealed class HostileArticleJourneys(BrowserFixture fixture) : BrowserJourney(fixture), IAsyncLifetime
{
    private readonly TempFolder _seeds = new();
    private AppProcess? _app;

    public async Task InitializeAsync()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "hostile-article.txt"), Path.Combine(_seeds.Path, "hostile-article.txt"));
        _app = await Fixture.StartAppAsync(_seeds.Path);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _seeds.Dispose();
    }

    [Fact]
    public Task Reading_a_hostile_article_and_clicking_its_links_runs_no_script() => JourneyAsync(async page =>
    {
        await OpenAsync(page, "/");
        var title = page.Locator(".article-title a");
        await Assertions.Expect(title).ToContainTextAsync("<script>alert('title')</script>");

        await title.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.Locator("article h1")).ToContainTextAsync("<script>alert('title')</script>");
        await Assertions.Expect(page.Locator("article .body")).ToContainTextAsync("onerror=alert('img')");

        // The importer escapes Markdown in plain-text files, so the links are usually text; any that are links get clicked.
        var links = page.Locator("article .body a");
        var count = await links.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await links.Nth(i).ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Equal(0, await page.Locator("iframe, object, embed").CountAsync());
    }, app: _app);

    [Fact]
    public Task Searching_the_hostile_article_shows_its_snippets_as_text() => JourneyAsync(async page =>
    {
        // Search snippets with highlights are the likeliest place for article text to be emitted raw.
        await OpenAsync(page, "/search?q=alert");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.Locator("main .search-hits")).ToContainTextAsync("<script>");
        var hit = page.Locator("main a[href*='/articles/']").First;
        await hit.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(0, await page.Locator("iframe, object, embed, main script").CountAsync());
    }, app: _app);
}
