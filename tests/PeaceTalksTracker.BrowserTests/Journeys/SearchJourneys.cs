using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>Journey 3: search for a phrase, open a hit, land on the highlighted paragraph.</summary>
public sealed class SearchJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Fact]
    public Task Searching_a_phrase_and_opening_a_hit_lands_on_the_highlighted_paragraph() => JourneyAsync(async page =>
    {
        await OpenAsync(page, "/");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search articles" });
        await box.FillAsync("\"security guarantees\"");
        await box.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q=%22security"));
        var hit = page.Locator(".search-hit").First;
        await Assertions.Expect(hit.Locator(".search-snippet mark").First).ToHaveTextAsync(new Regex("security", RegexOptions.IgnoreCase));
        var link = hit.Locator(".search-hit-title a");
        var href = await link.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.Matches("^/articles/[^#]+#p-[0-9]+$", href);
        var anchor = href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..];

        await link.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape("#" + anchor) + "$"));
        var paragraph = page.Locator($"[id='{anchor}']");
        await Assertions.Expect(paragraph).ToBeInViewportAsync();
        await Assertions.Expect(paragraph).ToContainTextAsync(new Regex("security guarantee", RegexOptions.IgnoreCase));
        // The reading page marks the paragraph named in the URL with a :target background.
        Assert.True(await paragraph.EvaluateAsync<bool>("e => e.matches(':target')"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await paragraph.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    });
}
