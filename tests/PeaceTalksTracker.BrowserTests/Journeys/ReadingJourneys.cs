using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

public sealed class ReadingJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Fact]
    public Task Home_page_lists_the_five_seed_articles() => JourneyAsync(async page =>
    {
        var response = await OpenAsync(page, "/");

        Assert.Equal(200, response.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Articles");
        await Assertions.Expect(page.Locator(".article-title a")).ToHaveCountAsync(5);
        var titles = await page.Locator(".article-title a").AllInnerTextsAsync();
        Assert.Contains(titles, t => t.StartsWith("Washington and Moscow Talk", StringComparison.Ordinal));
    });

    [Fact]
    public Task Opening_an_article_from_the_list_shows_its_text() => JourneyAsync(async page =>
    {
        await OpenAsync(page, "/");
        var link = page.Locator(".article-title a", new() { HasTextString = "High Stakes but Low Expectations" });
        await link.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("article h1")).ToContainTextAsync("High Stakes but Low Expectations");
        await Assertions.Expect(page.Locator("article .body")).ToContainTextAsync("renewed diplomatic efforts");
        Assert.Contains("High Stakes but Low Expectations", await page.TitleAsync(), StringComparison.Ordinal);
    });

    [Fact]
    public Task An_unknown_article_shows_a_friendly_not_found_page() => JourneyAsync(async page =>
    {
        var response = await OpenAsync(page, "/articles/no-such-article-anywhere");

        Assert.Equal(404, response.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to all articles" }).ClickAsync();
        await Assertions.Expect(page.Locator(".article-title a")).ToHaveCountAsync(5);
    }, expectsErrorStatus: 404);
}
