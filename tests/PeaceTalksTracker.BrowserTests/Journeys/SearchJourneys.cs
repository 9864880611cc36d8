using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>Journey 3: search for a phrase, open a hit, land on the highlighted paragraph.</summary>
public sealed class SearchJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Fact(Skip = "waiting for paragraph anchors (id=\"p-{index}\") and highlights on the reading page (issue 4); search itself is on main")]
    public Task Searching_a_phrase_and_opening_a_hit_lands_on_the_highlighted_paragraph() => JourneyAsync(async page =>
    {
        await OpenAsync(page, "/");
        await page.GetByRole(AriaRole.Searchbox).FillAsync("\"security guarantees\"");
        await page.GetByRole(AriaRole.Searchbox).PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/search\\?q="));
        var hit = page.Locator("main a[href*='#p-']").First;
        await Assertions.Expect(hit).ToBeVisibleAsync();
        var href = await hit.GetAttributeAsync("href");
        Assert.NotNull(href);
        var anchor = href[href.IndexOf('#', StringComparison.Ordinal)..];

        await hit.ClickAsync();

        // Paragraphs have id="p-{index}"; the hit's paragraph is scrolled to and shows the phrase highlighted.
        var paragraph = page.Locator(anchor);
        await Assertions.Expect(paragraph).ToBeInViewportAsync();
        await Assertions.Expect(paragraph.Locator("mark").First).ToContainTextAsync("security guarantees", new() { IgnoreCase = true });
    });
}
