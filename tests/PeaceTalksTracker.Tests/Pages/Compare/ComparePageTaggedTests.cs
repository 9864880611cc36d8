using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Compare;

/// <summary>The compare page over seeds whose tags each test writes by hand, so each test has its own store.</summary>
public sealed class ComparePageTaggedTests : IDisposable
{
    private readonly PeaceTalksApp _app = new();
    private readonly HttpClient _client;
    private readonly CompareStore _store;

    public ComparePageTaggedTests()
    {
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        _store = new CompareStore(_app);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task A_theme_only_one_article_covers_shows_the_gap_on_the_other_side()
    {
        await _store.ReplaceTagsAsync("000", [
            new("Ukraine insists on the restoration", ["ukraine", "russia"], ["territory"]),
            new("Most analysts view the current talks", [], ["humanitarian"]),
        ]);
        await _store.ReplaceTagsAsync("004", [new("Recent reporting from Reuters highlights", ["ukraine", "russia", "nato"], ["territory"])]);

        var document = await GetPageAsync(Url("000", "004"));

        // The by-theme view shows each passage once with its themes; humanitarian is only on A's side.
        var sides = document.QuerySelectorAll("#by-theme .side").ToList();
        var chipsA = sides[0].QuerySelectorAll(".theme-chip").Select(c => c.TextContent).ToList();
        var chipsB = sides[1].QuerySelectorAll(".theme-chip").Select(c => c.TextContent).ToList();
        Assert.Equal(["Humanitarian issues", "Territory and sovereignty"], chipsA.Distinct().Order().ToList());
        Assert.Equal(["Territory and sovereignty"], chipsB.Distinct().ToList());
        Assert.Contains(sides[0].QuerySelectorAll(".passage"), p => p.TextContent.Contains("Incremental agreements", StringComparison.Ordinal) && p.TextContent.Contains("Humanitarian issues", StringComparison.Ordinal));
        Assert.Contains("Only B names NATO", document.QuerySelector("#summary")!.TextContent);
        var themeRow = document.QuerySelectorAll(".themes-chart tbody tr").Single(r => r.TextContent.Contains("Humanitarian", StringComparison.Ordinal));
        Assert.Equal("only in A", themeRow.QuerySelector(".only")!.TextContent);
        var nato = document.QuerySelectorAll(".mirror-chart tbody tr").Single(r => r.TextContent.Contains("NATO", StringComparison.Ordinal));
        Assert.Equal("only in B", nato.QuerySelector(".only")!.TextContent);
    }

    [Fact]
    public async Task Focus_on_a_stakeholder_narrows_the_passages_to_those_naming_it()
    {
        await _store.ReplaceTagsAsync("000", [
            new("Ukraine insists on the restoration", ["russia"], ["territory"]),
            new("Most analysts view the current talks", ["ukraine"], ["humanitarian"]),
        ]);
        await _store.ReplaceTagsAsync("001", [new("A persistent negative outlook", ["ukraine"], ["humanitarian"])]);

        var everything = await GetPageAsync(Url("000", "001"));
        var focused = await GetPageAsync(Url("000", "001") + "&stakeholder=russia");

        Assert.True(everything.QuerySelectorAll(".aligned-pairs .pair").Length > 1);
        Assert.Empty(focused.QuerySelectorAll(".aligned-pairs .pair"));
        var onlyA = focused.QuerySelectorAll("#omissions .unmatched .side")[0].QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Single(onlyA);
        Assert.Contains("Ukraine insists on the restoration", onlyA[0]);
        Assert.Empty(focused.QuerySelectorAll("#omissions .unmatched .side")[1].QuerySelectorAll("li"));
        Assert.Equal(["Territory and sovereignty"], focused.QuerySelectorAll("#by-theme .theme-chip").Select(h => h.TextContent).Distinct().ToList());
        // The tables are narrowed too: within the focus, only Russia and the paragraphs naming it are counted.
        Assert.Equal(["Russia"], focused.QuerySelectorAll(".mirror-chart tbody th a").Select(a => a.TextContent).ToList());
        Assert.Contains("Russia", focused.QuerySelector(".focus-current")!.TextContent);
        Assert.Equal("russia", focused.QuerySelector("#focus-stakeholder option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Focus_on_a_theme_pairs_only_passages_on_that_theme()
    {
        await _store.ReplaceTagsAsync("000", [
            new("Ukraine insists on the restoration", ["russia"], ["territory"]),
            new("Most analysts view the current talks", ["ukraine"], ["humanitarian"]),
        ]);
        await _store.ReplaceTagsAsync("001", [new("A persistent negative outlook", ["ukraine"], ["humanitarian"])]);

        var focused = await GetPageAsync(Url("000", "001") + "&theme=humanitarian");

        var pair = Assert.Single(focused.QuerySelectorAll(".aligned-pairs .pair"));
        Assert.Contains("Incremental agreements", pair.QuerySelectorAll(".side")[0].TextContent);
        Assert.Contains("Smaller steps", pair.QuerySelectorAll(".side")[1].TextContent);
    }

    [Fact]
    public async Task Quotes_are_grouped_by_stakeholder_side_by_side_and_shown_as_text()
    {
        await _store.ReplaceTagsAsync("000", [new("Ukraine insists on the restoration", ["russia"], [])],
            [new Quote { ParagraphIndex = 0, Speaker = "Dmitry Peskov", StakeholderId = "russia", Text = "We will <b>never</b> agree" }]);
        await _store.ReplaceTagsAsync("004", [new("Recent reporting from Reuters highlights", ["russia"], [])],
            [new Quote { ParagraphIndex = 1, Speaker = "A diplomat", StakeholderId = null, Text = "remain far apart" }]);

        var document = await GetPageAsync(Url("000", "004"));

        var groups = document.QuerySelectorAll(".quote-group").ToList();
        Assert.Equal(["Russia", "Others and unnamed speakers"], groups.Select(g => g.QuerySelector("h3")!.TextContent).ToList());
        var russia = groups[0].QuerySelectorAll(".side");
        Assert.Contains("We will <b>never</b> agree", russia[0].QuerySelector(".quote p")!.TextContent);
        Assert.Empty(russia[0].QuerySelectorAll("b"));
        Assert.Contains("Dmitry Peskov", russia[0].TextContent);
        Assert.NotNull(russia[1].QuerySelector(".gap"));
        Assert.Contains("remain far apart", groups[1].QuerySelectorAll(".side")[1].TextContent);
    }

    private string Url(string seedA, string? seedB) =>
        seedB is null ? $"/compare?a={_store.Slug(seedA)}" : $"/compare?a={_store.Slug(seedA)}&b={_store.Slug(seedB)}";

    private async Task<IDocument> GetPageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
