using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>Journey 2: open an article, see its highlights and theme margin, follow a table-of-contents link.</summary>
public sealed class ArticleJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Fact]
    public Task Reading_an_article_shows_highlights_themes_and_a_working_table_of_contents() => JourneyAsync(async page =>
    {
        await OpenAsync(page, "/");
        await page.Locator(".article-title a", new() { HasTextString = "High Stakes but Low Expectations" }).ClickAsync();

        // Stakeholder mentions are <mark class="sh"> with a legend; a paragraph's themes sit in its margin.
        var mentions = page.Locator("article .body mark.sh[data-stakeholder]");
        await Assertions.Expect(mentions.First).ToBeVisibleAsync();
        Assert.NotEqual("rgba(0, 0, 0, 0)", await mentions.First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Stakeholders named in this article" })).ToBeVisibleAsync();
        var margin = page.Locator("article .body .para-themes").First;
        await Assertions.Expect(margin).ToBeVisibleAsync();
        await Assertions.Expect(margin.Locator(".theme-tag[data-theme]").First).ToBeVisibleAsync();

        // The last entry of the contents is far down the page, so following it must scroll.
        var toc = page.GetByRole(AriaRole.Navigation, new() { Name = "Contents" });
        var tocLink = toc.GetByRole(AriaRole.Link).Last;
        var target = await tocLink.GetAttributeAsync("href");
        Assert.NotNull(target);
        Assert.StartsWith("#", target, StringComparison.Ordinal);
        var heading = page.Locator($"[id='{target[1..]}']");
        await Assertions.Expect(heading).Not.ToBeInViewportAsync();

        await tocLink.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target) + "$"));
        await Assertions.Expect(heading).ToBeInViewportAsync();
        await Assertions.Expect(heading).ToHaveTextAsync((await tocLink.InnerTextAsync()).Trim());
    });
}
