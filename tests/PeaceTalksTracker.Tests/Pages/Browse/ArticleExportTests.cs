using System.Text.Json;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Browse;

public sealed class ArticleExportTests
{
    [Fact]
    public async Task The_CSV_export_holds_the_filtered_list_properly_quoted()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseStore.StartAsync(seeds,
            BrowseCorpus.Alpha, BrowseCorpus.Bravo,
            new TestArticle("formula", "=HYPERLINK(\"http://evil\"), click", "NATO again.") { Outlet = "+Outlet", Aliases = BrowseCorpus.Aliases });
        using var _ = app;

        var response = await client.GetAsync(new Uri("/export.csv?stakeholder=nato&sort=title", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("slug,title,outlet,author,published_on,word_count,reading_minutes,url,stakeholders,themes", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("formula,\"'=HYPERLINK(\"\"http://evil\"\"), click\",'+Outlet,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("bravo,Brussels meeting of allies,Reuters,,2025-06-01,", lines[2], StringComparison.Ordinal);
        Assert.Contains("/articles/alpha", lines[3], StringComparison.Ordinal);
        Assert.Contains("russia:2; nato:1", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_JSON_export_holds_the_filtered_list_and_its_notes()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/export.json?stakeholder=nato&theme=territory&stakeholder=atlantis", UriKind.Relative)));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();

        Assert.Single(articles);
        Assert.Equal("alpha", articles[0].GetProperty("slug").GetString());
        Assert.Equal("2025-05-10", articles[0].GetProperty("publishedOn").GetString());
        Assert.Equal(2, articles[0].GetProperty("stakeholders").GetProperty("russia").GetInt32());
        Assert.Contains("atlantis", json.RootElement.GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
    }
}
