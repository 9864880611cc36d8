using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>Journey 1: filter the list by a stakeholder and a theme, and see exactly the right articles.</summary>
public sealed class FilterJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    private const string Waiting = "waiting for the stakeholder/theme filters on the list (issue 4) and tagging (issue 3)";

    [Fact(Skip = Waiting)]
    public Task Filtering_by_a_stakeholder_and_a_theme_shows_exactly_their_articles() => FilterAsync(Desktop);

    [Fact(Skip = Waiting)]
    public Task Filtering_by_a_stakeholder_and_a_theme_works_on_a_phone() => FilterAsync(Phone);

    private Task FilterAsync(ViewportSize viewport, [System.Runtime.CompilerServices.CallerMemberName] string name = "") => JourneyAsync(async page =>
    {
        var expected = await Fixture.SeedsApp.TitlesTaggedAsync("russia", "territory");
        Assert.NotEmpty(expected);

        await OpenAsync(page, "/");
        // Planned controls: GET form on / with `stakeholder` and `theme` (issue 4); adjust the labels to the page.
        await page.GetByLabel("Stakeholder").SelectOptionAsync("russia");
        await page.GetByLabel("Theme").SelectOptionAsync("territory");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("stakeholder=russia.*theme=territory|theme=territory.*stakeholder=russia"));
        var titles = (await page.Locator(".article-title a").AllInnerTextsAsync()).Select(t => t.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), titles);
    }, viewport, name: name);
}
