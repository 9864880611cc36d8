using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Search;

public sealed class SearchApiTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Fact]
    public async Task Api_search_returns_total_hits_and_facets()
    {
        var json = await fixture.ApiAsync("\"security guarantees\"");

        Assert.True(json.GetProperty("total").GetInt32() >= 3);
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(json.GetProperty("total").GetInt32(), hits.Count);
        var hit = hits.Single(h => h.GetProperty("slug").GetString() == fixture.HighStakes);
        Assert.Equal(JsonValueKind.String, hit.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Number, hit.GetProperty("paragraph").ValueKind);
        Assert.Contains("<mark>security guarantees</mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/articles/{fixture.HighStakes}#p-{hit.GetProperty("paragraph").GetInt32()}", hit.GetProperty("url").GetString());

        var facets = json.GetProperty("facets");
        Assert.Equal(1, facets.GetProperty("stakeholders").GetProperty("nato").GetInt32() is > 0 ? 1 : 0);
        Assert.Equal(JsonValueKind.Object, facets.GetProperty("themes").ValueKind);
        Assert.Equal(1, facets.GetProperty("outlets").GetProperty("Al Jazeera").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("notes").ValueKind);
    }

    [Fact]
    public async Task Api_search_pages_with_page_and_page_size()
    {
        var first = await fixture.ApiAsync("negotiations", "&pageSize=2");
        var third = await fixture.ApiAsync("negotiations", "&pageSize=2&page=3");

        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("hits").GetArrayLength());
        Assert.Equal(1, third.GetProperty("hits").GetArrayLength());
        Assert.Equal(3, third.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Api_search_reports_what_it_dropped_in_notes()
    {
        var json = await fixture.ApiAsync("peace before:2025-13-40");

        Assert.Contains(json.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("before:2025-13-40 is not a date", StringComparison.Ordinal));
        Assert.Equal("peace", json.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Api_search_refuses_an_overlong_query_with_a_problem()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/search?q=" + new string('a', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Query too long", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Api_search_refuses_an_unknown_format_with_a_problem()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/search?q=peace&format=xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_search_ignores_page_numbers_that_are_not_numbers()
    {
        var json = await fixture.ApiAsync("peace", "&page=abc&pageSize=-3");

        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(1, json.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task The_search_result_downloads_as_csv()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/search/export.csv?q=" + Uri.EscapeDataString("\"security guarantees\""), UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("slug,title,outlet,published_on,paragraph,heading,url,matching_paragraphs,snippet", lines[0]);
        Assert.Contains(lines, l => l.StartsWith(fixture.HighStakes + ",", StringComparison.Ordinal) && l.Contains("security guarantees", StringComparison.Ordinal));
        Assert.DoesNotContain("<mark>", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_search_with_format_csv_and_the_json_export_give_the_same_hits()
    {
        var csv = await fixture.Client.GetStringAsync(new Uri("/api/search?format=csv&q=negotiations", UriKind.Relative));
        var json = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/search/export.json?q=negotiations", UriKind.Relative))).RootElement;

        var csvSlugs = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]);
        Assert.Equal(json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()), csvSlugs);
    }

    [Fact]
    public async Task The_search_page_links_to_the_exports_of_the_current_search()
    {
        var page = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync(new Uri("/search?q=talks+outlet%3Apolitico", UriKind.Relative)));

        Assert.Equal("/search/export.csv?q=talks%20outlet%3Apolitico", page.QuerySelector(".search-export-csv")!.GetAttribute("href"));
        Assert.Equal("/search/export.json?q=talks%20outlet%3Apolitico", page.QuerySelector(".search-export-json")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_search_endpoints()
    {
        var doc = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).RootElement;

        var paths = doc.GetProperty("paths");
        var search = paths.GetProperty("/api/search").GetProperty("get");
        Assert.False(string.IsNullOrWhiteSpace(search.GetProperty("summary").GetString()));
        var responses = search.GetProperty("responses");
        Assert.True(responses.GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(responses.TryGetProperty("400", out _));
        Assert.True(responses.TryGetProperty("429", out _));
        Assert.True(paths.TryGetProperty("/search/export.csv", out _));
        Assert.True(paths.TryGetProperty("/search/export.json", out _));
    }

    [Fact]
    public async Task Too_many_searches_from_one_address_get_429_with_retry_after()
    {
        using var app = new PeaceTalksApp(settings: new Dictionary<string, string?>
        {
            ["Search:RateLimit:PermitLimit"] = "2",
            ["Search:RateLimit:WindowSeconds"] = "600",
        });
        using var client = app.CreateClient();

        using var first = await client.GetAsync(new Uri("/api/search?q=peace", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/search/export.csv?q=peace", UriKind.Relative));
        using var third = await client.GetAsync(new Uri("/api/search?q=peace", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/search?q=peace", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(429, JsonDocument.Parse(await third.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
        // The page shares the limit (issue 16.5): a reader gets the friendly page, not a bare 429.
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Article_text_in_snippets_is_encoded_and_only_matches_are_marked()
    {
        using var seeds = new TempFolder();
        seeds.File("hostile.txt", "A <b>bold</b> headline about peace\n\nThe envoy wrote <script>alert('peace')</script> and <mark>fake</mark> in the peace plan. \u0002Forged\u0003 markers too.\n");
        using var app = new PeaceTalksApp(seeds.Path);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/search?q=peace+plan", UriKind.Relative));
        var page = new HtmlParser().ParseDocument(html);
        var api = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/search?q=peace+plan", UriKind.Relative))).RootElement;

        var snippet = page.QuerySelector(".search-snippet")!;
        Assert.Empty(snippet.QuerySelectorAll("script, b"));
        Assert.All(snippet.QuerySelectorAll("mark"), m => Assert.Contains(m.TextContent.ToLowerInvariant(), new[] { "peace", "plan" }));
        Assert.Contains("<script>alert", snippet.TextContent, StringComparison.Ordinal);
        var apiSnippet = api.GetProperty("hits")[0].GetProperty("snippet").GetString()!;
        Assert.DoesNotContain("<script", apiSnippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", apiSnippet, StringComparison.Ordinal);
        Assert.Contains("&lt;mark&gt;fake", apiSnippet, StringComparison.Ordinal);
    }
}
