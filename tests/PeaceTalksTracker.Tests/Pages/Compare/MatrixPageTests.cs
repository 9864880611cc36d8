using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;

namespace PeaceTalksTracker.Tests.Pages.Compare;

public sealed class MatrixPageTests(ComparePageTests.SeedsApp seeds) : IClassFixture<ComparePageTests.SeedsApp>
{
    private readonly HttpClient _client = seeds.Client;
    private readonly CompareStore _store = new(seeds.App);

    [Fact]
    public async Task Every_pair_of_seeds_has_a_cell_with_its_similarity_linking_to_their_comparison()
    {
        var document = new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare/matrix"));

        var table = document.QuerySelector("table.similarity-matrix")!;
        Assert.Contains("Similarity of each pair of the 5", table.QuerySelector("caption")!.TextContent);
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(5, rows.Count);
        var slugs = rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")!["/articles/".Length..]).ToList();
        Assert.Equal(new[] { "000", "001", "002", "003", "004" }.Select(_store.Slug).Order(), slugs.Order());
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").ToList();
            Assert.Equal(5, cells.Count);
            for (var j = 0; j < cells.Count; j++)
            {
                if (i == j)
                {
                    Assert.Null(cells[j].QuerySelector("a"));
                    continue;
                }

                var link = cells[j].QuerySelector("a")!;
                Assert.Equal($"/compare?a={slugs[i]}&b={slugs[j]}", link.GetAttribute("href"));
                var figure = double.Parse(link.ChildNodes[0].TextContent, CultureInfo.InvariantCulture);
                Assert.InRange(figure, 0, 1);
                Assert.Equal(link.ChildNodes[0].TextContent, rows[j].QuerySelectorAll("td")[i].QuerySelector("a")!.ChildNodes[0].TextContent);
            }
        }
    }

    [Fact]
    public async Task The_matrix_takes_the_list_filter_parameters()
    {
        var document = new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare/matrix?stakeholder=russia&from=2099-01-01"));

        Assert.Null(document.QuerySelector("table.similarity-matrix"));
        Assert.Contains("No article matches", document.QuerySelector(".empty")!.TextContent);
        Assert.Equal("russia", document.QuerySelector("#m-stakeholder option[selected]")!.GetAttribute("value"));
        Assert.Equal("2099-01-01", document.QuerySelector("#m-from")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_malformed_date_is_ignored_with_a_notice()
    {
        var response = await _client.GetAsync("/compare/matrix?from=yesterday&to=2025-13-45");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, document.QuerySelectorAll(".compare-notice").Length);
        Assert.NotNull(document.QuerySelector("table.similarity-matrix"));
    }
}
