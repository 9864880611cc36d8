using System.Net;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Browse;

public sealed class CodePagesTests
{
    [Fact]
    public async Task The_stakeholders_page_shows_each_stakeholders_coverage_across_the_store()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/stakeholders");
        var russia = document.QuerySelector("tr[data-stakeholder=russia]")!;

        Assert.Equal("Stakeholders · PeaceTalksTracker", document.Title);
        Assert.Equal("2", russia.QuerySelector(".articles")!.TextContent.Trim());
        Assert.Equal("3", russia.QuerySelector(".mentions")!.TextContent.Trim());
        Assert.Equal("/stakeholders/russia", russia.QuerySelector("th a")!.GetAttribute("href"));
        // One row per stakeholder of the codebook in force, named or not.
        Assert.Equal(PeaceTalksTracker.Tests.Analysis.TestCodebook.Codebook.Stakeholders.Count, document.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task A_stakeholder_page_groups_its_passages_by_article_with_quotes_and_co_occurring_themes()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/stakeholders/russia");

        Assert.Equal("Russia — stakeholder · PeaceTalksTracker", document.Title);
        var groups = document.QuerySelectorAll(".passage-group");
        Assert.Equal(["article-alpha", "article-charlie"], groups.Select(g => g.Id!).ToList());
        Assert.Equal(2, groups[0].QuerySelectorAll(".passage").Length);
        Assert.Equal("Russia", groups[0].QuerySelector("mark.sh-russia")!.TextContent);
        Assert.Equal("/articles/alpha#p-0", groups[0].QuerySelector("a.passage-link")!.GetAttribute("href"));
        Assert.Equal("We are ready to talk", document.QuerySelector(".quotes q")!.TextContent);
        var themes = document.QuerySelectorAll(".co-themes tbody tr").Select(r => r.GetAttribute("data-theme")).ToList();
        Assert.Equal("territory", themes[0]);
        Assert.Contains("security-guarantees", themes);
    }

    [Fact]
    public async Task A_theme_page_shows_its_passages_with_the_stakeholders_they_involve()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var themes = await client.GetDocumentAsync("/themes");
        Assert.Equal("2", themes.QuerySelector("tr[data-theme=territory] .articles")!.TextContent.Trim());

        var document = await client.GetDocumentAsync("/themes/territory");
        Assert.Equal("Territory and sovereignty — theme · PeaceTalksTracker", document.Title);
        var groups = document.QuerySelectorAll(".passage-group").Select(g => g.Id).ToList();
        Assert.Equal(2, groups.Count);
        Assert.Contains("article-alpha", groups);
        var alpha = document.GetElementById("article-alpha")!;
        Assert.Equal(["NATO", "Russia"], alpha.QuerySelectorAll(".passage .chip").Select(c => c.TextContent).ToList());
        Assert.Equal(["nato", "russia"], document.QuerySelectorAll(".co-stakeholders tbody tr").Select(r => r.GetAttribute("data-stakeholder")).Order().ToList());
    }

    [Theory]
    [InlineData("/stakeholders/atlantis")]
    [InlineData("/themes/weather")]
    public async Task An_unknown_code_is_a_friendly_404(string url)
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coverage_matrix_links_each_cell_to_the_passages_behind_it()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/coverage?stakeholder=nato");

        var rows = document.QuerySelectorAll("#stakeholder-matrix tbody tr");
        Assert.Equal(2, rows.Length);
        var cell = rows[1].QuerySelector("td[data-stakeholder=russia] a")!;
        Assert.Equal("2", cell.TextContent);
        Assert.Equal("/articles/alpha?stakeholder=russia#focus", cell.GetAttribute("href"));
        Assert.Equal("0", rows[0].QuerySelector("td[data-stakeholder=russia]")!.TextContent.Trim());
        Assert.Equal("/articles/alpha?theme=territory#focus",
            document.QuerySelectorAll("#theme-matrix tbody tr")[1].QuerySelector("td[data-theme=territory] a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Coverage_over_time_counts_articles_per_month_and_their_share_with_undated_articles_in_a_row_of_their_own()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/coverage");
        var months = document.QuerySelectorAll("#time-stakeholders tbody tr");

        // Delta has no date: it is counted in a last row of its own rather than vanishing from the figures.
        Assert.Equal(["Apr 2025", "May 2025", "Jun 2025", "Undated"], months.Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList());
        Assert.Equal("1", months[3].QuerySelector("td")!.TextContent.Trim());
        // May: alpha names NATO, Russia and Ukraine, so Russia is one of three.
        var may = months[1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1", may[0]);
        Assert.Contains("1(33%)", may.Select(c => c.Replace(" ", "", StringComparison.Ordinal)));
    }
}
