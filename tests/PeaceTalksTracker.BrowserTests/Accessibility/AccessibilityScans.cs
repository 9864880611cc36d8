using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Accessibility;

/// <summary>
/// axe-core over every page type, at desktop and phone width: no serious or critical violation.
/// Add a row to <see cref="PageTypes"/> when a new kind of page lands.
/// </summary>
public sealed class AccessibilityScans(BrowserFixture fixture) : BrowserJourney(fixture)
{
    public static TheoryData<string, string, int> PageTypes => new()
    {
        { "article list", "/", 200 },
        { "article", "{first-article}", 200 },
        { "search form", "/search", 200 },
        { "search results", "/search?q=security+guarantees", 200 },
        { "not found", "/articles/no-such-article", 404 },
        { "error", "/Error?status=400", 400 },
        { "compare chooser", "/compare", 200 },
        { "compare", "/compare?a={slug-0}&b={slug-1}", 200 },
        { "compare focused", "/compare?a={slug-0}&b={slug-1}&stakeholder=russia", 200 },
        { "similarity matrix", "/compare/matrix", 200 },
        { "stakeholders", "/stakeholders", 200 },
        { "stakeholder", "/stakeholders/russia", 200 },
        { "themes", "/themes", 200 },
        { "theme", "/themes/territory", 200 },
        { "coverage", "/coverage", 200 },
        { "outlets", "/outlets", 200 },
        { "outlet", "/outlets/politico", 200 },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public Task Page_type_has_no_serious_accessibility_violations_on_a_desktop(string pageType, string path, int status) =>
        ScanAsync(pageType, path, status, Desktop, $"Accessibility_{pageType.Replace(' ', '_')}_desktop");

    [Theory]
    [MemberData(nameof(PageTypes))]
    public Task Page_type_has_no_serious_accessibility_violations_on_a_phone(string pageType, string path, int status) =>
        ScanAsync(pageType, path, status, Phone, $"Accessibility_{pageType.Replace(' ', '_')}_phone");

    private Task ScanAsync(string pageType, string path, int status, ViewportSize viewport, string name) => JourneyAsync(async page =>
    {
        if (path == "{first-article}")
        {
            await OpenAsync(page, "/");
            await page.Locator(".article-title a").First.ClickAsync();
        }
        else
        {
            if (path.Contains("{slug-", StringComparison.Ordinal))
            {
                var slugs = await Fixture.SeedsApp.SlugsAsync();
                path = path.Replace("{slug-0}", slugs[0], StringComparison.Ordinal).Replace("{slug-1}", slugs[1], StringComparison.Ordinal);
            }

            Assert.Equal(status, (await OpenAsync(page, path)).Status);
        }

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{pageType} ({page.Url}) has accessibility violations:\n" + string.Join('\n', serious.Select(v =>
            $"- [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html)))));
    }, viewport, expectsErrorStatus: status >= 400 ? status : null, name: name);
}
