using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>Journey 5: keyboard only: reach search with `/`, move through articles with `j`/`k`, open one with Enter.</summary>
public sealed class KeyboardJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Fact]
    public Task Slash_focuses_search_and_j_k_move_through_the_articles() => JourneyAsync(async page =>
    {
        await OpenAsync(page, "/");

        await page.Keyboard.PressAsync("/");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search articles" });
        await Assertions.Expect(box).ToBeFocusedAsync();
        await Assertions.Expect(box).ToHaveValueAsync("");

        // Escape leaves the box, so the next keys are shortcuts again rather than typing.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(box).Not.ToBeFocusedAsync();
        var items = page.Locator(".article-item");
        await page.Keyboard.PressAsync("j");
        await ExpectCurrentAsync(page, items, 0);
        await page.Keyboard.PressAsync("j");
        await ExpectCurrentAsync(page, items, 1);
        await page.Keyboard.PressAsync("k");
        await ExpectCurrentAsync(page, items, 0);

        var title = (await items.Nth(0).Locator(".article-title a").InnerTextAsync()).Trim();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/articles/[^/]+$"));
        await Assertions.Expect(page.Locator("article h1")).ToHaveTextAsync(title);
    });

    private static async Task ExpectCurrentAsync(IPage page, ILocator items, int index)
    {
        await Assertions.Expect(items.Nth(index)).ToBeFocusedAsync();
        await Assertions.Expect(items.Nth(index)).ToHaveClassAsync(new Regex("\\bis-current\\b"));
        await Assertions.Expect(page.Locator(".article-item.is-current")).ToHaveCountAsync(1);
    }
}
