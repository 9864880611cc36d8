using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>At 390 px (a phone) the compare pages, the matrix and the stakeholder and theme pages need no sideways scrolling.</summary>
public sealed class PhoneWidthJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Theory]
    [InlineData("compare two")]
    [InlineData("compare four")]
    [InlineData("/compare/matrix")]
    [InlineData("/stakeholders/russia")]
    [InlineData("/themes/territory")]
    public Task No_element_is_wider_than_a_phone(string which) => JourneyAsync(async page =>
    {
        var path = which;
        if (which.StartsWith("compare", StringComparison.Ordinal))
        {
            await OpenAsync(page, "/");
            var slugs = await page.Locator(".article-item .article-title a").EvaluateAllAsync<string[]>(
                "links => links.map(a => new URL(a.href).pathname.split('/').pop())");
            path = $"/compare?a={slugs[0]}&b={slugs[1]}" + (which == "compare four" ? $"&c={slugs[2]}&d={slugs[3]}" : "");
        }

        var response = await OpenAsync(page, path);
        Assert.Equal(200, response.Status);
        var wide = await page.EvaluateAsync<string[]>(
            @"() => { const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1 && getComputedStyle(e).visibility !== 'hidden' && e.getClientRects().length > 0
                    && !e.closest('.visually-hidden'))
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)); }");
        Assert.True(wide.Length == 0, $"{path} is wider than {Phone.Width} px: {string.Join("; ", wide)}");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            $"{path} scrolls sideways at {Phone.Width} px");
    }, Phone, name: "Phone_" + which.Replace('/', '_').Replace(' ', '_'));
}
