using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>In dark mode the similarity matrix keeps a dark palette: no near-white cell, every number readable on its cell.</summary>
public sealed class DarkModeJourneys(BrowserFixture fixture) : BrowserJourney(fixture)
{
    [Fact]
    public Task The_similarity_matrix_is_readable_in_dark_mode() => JourneyAsync(async page =>
    {
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        var response = await OpenAsync(page, "/compare/matrix");
        Assert.Equal(200, response.Status);

        // Relative luminance and contrast as WCAG defines them, from each cell's computed colours.
        var cells = await page.EvaluateAsync<double[][]>(
            @"() => {
                const rgb = s => s.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                    .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
                const lum = s => { const [r, g, b] = rgb(s); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
                return [...document.querySelectorAll('.similarity-matrix td[class*=heat]')].map(td => {
                    const style = getComputedStyle(td);
                    const bg = lum(style.backgroundColor), fg = lum(style.color);
                    return [bg, (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05)];
                });
            }");

        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.True(cell[0] < 0.5, $"a matrix cell is near-white in dark mode (luminance {cell[0]:0.00})"));
        Assert.All(cells, cell => Assert.True(cell[1] >= 4.5, $"a matrix cell's number has contrast {cell[1]:0.0}:1, under 4.5:1"));
    });
}
