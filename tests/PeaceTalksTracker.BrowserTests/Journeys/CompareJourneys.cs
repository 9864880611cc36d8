using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>Journey 4: pick two articles from the list, compare them, swap them, focus on one stakeholder.</summary>
public sealed class CompareJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Fact]
    public Task Comparing_two_picked_articles_then_swapping_and_focusing_a_stakeholder() => CompareAsync(Desktop);

    [Fact]
    public Task Comparing_two_picked_articles_works_on_a_phone() => CompareAsync(Phone);

    private Task CompareAsync(ViewportSize viewport, [System.Runtime.CompilerServices.CallerMemberName] string name = "") => JourneyAsync(async page =>
    {
        await OpenAsync(page, "/");
        var items = page.Locator(".article-item");
        var first = (await items.Nth(0).Locator(".article-title a").InnerTextAsync()).Trim();
        var second = (await items.Nth(1).Locator(".article-title a").InnerTextAsync()).Trim();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Compare “{first}”" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Compare “{second}”" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();

        // The picks are redirected to the canonical a/b address, A being the one higher in the list.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/compare\\?a=[^&]+&b=[^&]+$"));
        var sideA = page.GetByRole(AriaRole.Article, new() { Name = "Article A" }).GetByRole(AriaRole.Heading);
        var sideB = page.GetByRole(AriaRole.Article, new() { Name = "Article B" }).GetByRole(AriaRole.Heading);
        await Assertions.Expect(sideA).ToHaveTextAsync(first);
        await Assertions.Expect(sideB).ToHaveTextAsync(second);
        var (a, b) = Slugs(page.Url);

        await page.GetByRole(AriaRole.Link, new() { Name = "Swap A and B" }).ClickAsync();

        await Assertions.Expect(sideA).ToHaveTextAsync(second);
        await Assertions.Expect(sideB).ToHaveTextAsync(first);
        Assert.Equal((b, a), Slugs(page.Url));

        // Passages shown side by side (by theme, aligned pairs, quotes): focusing must leave fewer.
        var passages = page.Locator("#by-theme .passage, #aligned .pair, #quotes .quote");
        var everything = await passages.CountAsync();
        Assert.True(everything > 0, "The comparison shows no passage at all.");

        await page.GetByLabel("Focus on a stakeholder").SelectOptionAsync(new SelectOptionValue { Label = "Russia" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Focus", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]stakeholder=russia(&|$)"));
        Assert.Equal((b, a), Slugs(page.Url));
        await Assertions.Expect(page.Locator(".focus-current")).ToContainTextAsync("Showing only what each article says about Russia");
        await Assertions.Expect(page.GetByLabel("Focus on a stakeholder")).ToHaveValueAsync("russia");
        await Assertions.Expect(sideA).ToHaveTextAsync(second);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Show everything" })).ToBeVisibleAsync();
        var focused = await passages.CountAsync();
        Assert.True(focused < everything, $"Focusing on Russia still shows {focused} of {everything} passages.");
    }, viewport, name: name);

    private static (string A, string B) Slugs(string url)
    {
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query);
        return (query["a"] ?? "", query["b"] ?? "");
    }
}
