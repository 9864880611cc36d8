using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Browse;

/// <summary>The reader's path over the real seeds, tagged by the real codebook.</summary>
public sealed class SeedBrowsingTests
{
    [Fact]
    public async Task Narrowing_the_seeds_to_NATO_and_territory_leaves_the_three_articles_that_name_NATO()
    {
        // Read from the seeds: NATO is named in 000 (High Stakes…), 001 (US Signals…) and 004 (the Istanbul piece),
        // and each of them discusses territory; 002 and 003 never name NATO.
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();

        var document = await client.GetDocumentAsync("/?stakeholder=nato&theme=territory");
        var titles = document.QuerySelectorAll(".article-title a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(3, titles.Count);
        Assert.Contains(titles, t => t.StartsWith("High Stakes but Low Expectations", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("US Signals Low Expectations", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("Russia-Ukraine Negotiations Stall", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("Washington and Moscow Talk", StringComparison.Ordinal));
        Assert.Equal("3", document.QuerySelector("[data-facet='stakeholder-nato']")!.TextContent.Trim());
        Assert.All(document.QuerySelectorAll(".article-item"), item => Assert.NotNull(item.QuerySelector(".chip.sh-nato")));
    }

    [Fact]
    public async Task Every_seed_reads_block_by_block_with_highlights_and_theme_margins()
    {
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();
        var links = (await client.GetDocumentAsync("/")).QuerySelectorAll(".article-title a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(5, links.Count);
        foreach (var link in links)
        {
            var document = await client.GetDocumentAsync(link);
            Assert.NotEmpty(document.QuerySelectorAll(".body mark.sh[data-stakeholder]"));
            Assert.NotEmpty(document.QuerySelectorAll(".body .para-themes .theme-tag"));
            Assert.NotNull(document.GetElementById("p-0"));
        }

        // The phrase a reader searches for sits in an anchored paragraph they can jump to.
        var highStakes = await client.GetDocumentAsync(links.Single(l => l.Contains("high-stakes", StringComparison.Ordinal)));
        var paragraph = highStakes.QuerySelectorAll(".body [id^='p-']").First(p => p.TextContent.Contains("security guarantees", StringComparison.Ordinal));
        Assert.NotEmpty(paragraph.QuerySelectorAll("mark.sh"));
    }
}
