using System.Net;
using System.Text.Json;
using PeaceTalksTracker.Tests.Pages.Outlets;

namespace PeaceTalksTracker.Tests.Api;

/// <summary>/api/outlets, /api/outlets/{id} and the profiles' CSV over <see cref="OutletStore"/>.</summary>
public sealed class OutletsApiTests(OutletStoreFixture store) : IClassFixture<OutletStoreFixture>
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await store.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_list_gives_every_outlet_with_its_counted_articles_and_compact_profile()
    {
        var outlets = await GetJsonAsync("/api/outlets");

        var alpha = outlets.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "alpha-news");
        Assert.Equal("Alpha News", alpha.GetProperty("name").GetString());
        Assert.Equal(["Alpha News", "Alpha news"], alpha.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(11, alpha.GetProperty("articles").GetInt32());
        Assert.Equal(44, alpha.GetProperty("paragraphs").GetInt32());
        Assert.Equal("2025-01-06", alpha.GetProperty("first").GetString());
        Assert.Equal("/outlets/alpha-news", alpha.GetProperty("url").GetString());
        Assert.Equal(0.25, alpha.GetProperty("stakeholders")[0].GetProperty("share").GetDouble());
        var gamma = outlets.EnumerateArray().Single(o => o.GetProperty("id").GetString() == "gamma-post");
        Assert.True(gamma.GetProperty("tooFewToCompare").GetBoolean());
    }

    [Fact]
    public async Task One_outlet_comes_with_its_shares_against_the_other_outlets_and_its_blindspots()
    {
        var alpha = await GetJsonAsync("/api/outlets/alpha-news");

        Assert.Equal(78, alpha.GetProperty("others").GetProperty("paragraphs").GetInt32());
        var russia = alpha.GetProperty("stakeholders").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "russia");
        Assert.Equal((11, 44, 6, 78), (russia.GetProperty("count").GetInt32(), russia.GetProperty("total").GetInt32(),
            russia.GetProperty("otherCount").GetInt32(), russia.GetProperty("otherTotal").GetInt32()));
        Assert.Equal(17.31, russia.GetProperty("differencePoints").GetDouble());
        Assert.Equal("above", russia.GetProperty("verdict").GetString());
        var humanitarian = alpha.GetProperty("themes").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "humanitarian");
        Assert.True(humanitarian.GetProperty("blindspot").GetBoolean());
        Assert.Equal("Dmitry Peskov", alpha.GetProperty("speakers")[0].GetProperty("speaker").GetString());
        Assert.Equal(6, alpha.GetProperty("months").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_outlet_is_a_404_problem()
    {
        var response = await store.Client.GetAsync(new Uri("/api/outlets/nowhere", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_profiles_download_as_csv_one_row_per_outlet_and_measure()
    {
        var response = await store.Client.GetAsync(new Uri("/api/outlets/export.csv", UriKind.Relative));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("outlet_id,outlet,articles,paragraphs,first,last,measure,code_id,code_name,count,total,share,", lines[0], StringComparison.Ordinal);
        Assert.Contains("alpha-news,Alpha News,11,44,2025-01-06,2025-06-10,stakeholder,russia,Russia,11,44,0.25,6,78,0.0769,17.31,above,no", lines);
        Assert.Contains("alpha-news,Alpha News,11,44,2025-01-06,2025-06-10,theme,humanitarian,Humanitarian issues,0,44,0,12,78,0.1538,'-15.38,below,yes", lines);
    }

    [Fact]
    public async Task The_outlet_endpoints_are_in_the_OpenAPI_document()
    {
        var document = await GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/outlets", out _));
        Assert.True(paths.TryGetProperty("/api/outlets/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/outlets/export.csv", out _));
    }
}
