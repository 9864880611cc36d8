using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>Journey 1: filter the list by a stakeholder and a theme, and see exactly the right articles.</summary>
public sealed class FilterJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Fact]
    public Task Filtering_by_a_stakeholder_and_a_theme_shows_exactly_their_articles() => FilterAsync(Desktop);

    [Fact]
    public Task Filtering_by_a_stakeholder_and_a_theme_works_on_a_phone() => FilterAsync(Phone);

    private Task FilterAsync(ViewportSize viewport, [System.Runtime.CompilerServices.CallerMemberName] string name = "") => JourneyAsync(async page =>
    {
        // The store decides what the reader must see; on the seeds NATO and territory leave three of the five.
        var expected = await Fixture.SeedsApp.TitlesTaggedAsync("nato", "territory");
        Assert.Equal(3, expected.Count);

        await OpenAsync(page, "/");
        await page.GetByRole(AriaRole.Group, new() { Name = "Stakeholders" }).GetByRole(AriaRole.Checkbox, new() { Name = "NATO" }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Themes" }).GetByRole(AriaRole.Checkbox, new() { Name = "Territory and sovereignty" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("stakeholder=nato.*theme=territory"));
        await Assertions.Expect(page.Locator(".article-title a")).ToHaveCountAsync(expected.Count);
        var titles = (await page.Locator(".article-title a").AllInnerTextsAsync()).Select(t => t.Trim()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), titles);
        await Assertions.Expect(page.Locator(".result-summary")).ToContainTextAsync("3 articles covering NATO on Territory and sovereignty");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "NATO" })).ToBeCheckedAsync();
    }, viewport, name: name);
}
