using System.Net;
using System.Text.Json;
using PeaceTalksTracker.Tests.Pages.Compare;

namespace PeaceTalksTracker.Tests.Api;

public sealed class CompareApiTests(ComparePageTests.SeedsApp seeds) : IClassFixture<ComparePageTests.SeedsApp>
{
    private readonly HttpClient _client = seeds.Client;
    private readonly CompareStore _store = new(seeds.App);

    [Fact]
    public async Task Compare_returns_both_articles_their_profiles_and_alignments_best_first()
    {
        var (mentionsA, sharesA) = _store.Profile("000");
        var (mentionsB, _) = _store.Profile("004");

        using var json = await GetJsonAsync($"/api/compare?a={_store.Slug("000")}&b={_store.Slug("004")}", HttpStatusCode.OK);
        var root = json.RootElement;

        Assert.Equal(_store.Slug("000"), root.GetProperty("a").GetProperty("slug").GetString());
        Assert.Equal("High Stakes but Low Expectations for Ukraine Talks with Russia and the United States", root.GetProperty("a").GetProperty("title").GetString());
        Assert.Equal(_store.Slug("004"), root.GetProperty("b").GetProperty("slug").GetString());

        var stakeholders = root.GetProperty("stakeholders").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal(mentionsA.Keys.Union(mentionsB.Keys).Order(), stakeholders.Keys.Order());
        foreach (var (id, row) in stakeholders)
        {
            Assert.Equal(mentionsA.GetValueOrDefault(id), row.GetProperty("a").GetInt32());
            Assert.Equal(mentionsB.GetValueOrDefault(id), row.GetProperty("b").GetInt32());
        }

        var themes = root.GetProperty("themes").EnumerateArray().ToList();
        Assert.All(themes, t => Assert.True(t.GetProperty("aParagraphs").ValueKind == JsonValueKind.Array && t.GetProperty("bParagraphs").ValueKind == JsonValueKind.Array));
        foreach (var (id, share) in sharesA)
        {
            Assert.Equal(share, themes.Single(t => t.GetProperty("id").GetString() == id).GetProperty("a").GetDouble(), 3);
        }

        var alignments = root.GetProperty("alignments").EnumerateArray().ToList();
        // Points in A's reading order, each with the sentences that make it.
        var indexes = alignments.Select(a => a.GetProperty("a").GetInt32()).ToList();
        Assert.Equal(indexes.Order(), indexes);
        Assert.All(alignments, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("textA").GetString())));
        Assert.Contains(alignments, a => a.GetProperty("a").GetInt32() == _store.ParagraphIndex("000", "Ukraine insists on the restoration"));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("summary").GetProperty("verdict").GetString()));

        var onlyInA = root.GetProperty("onlyInA").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.DoesNotContain(alignments.Select(a => a.GetProperty("a").GetInt32()), onlyInA.Contains);
        Assert.NotEmpty(root.GetProperty("onlyInB").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_slug_is_a_404_problem()
    {
        using var json = await GetJsonAsync($"/api/compare?a={_store.Slug("000")}&b=no-such-article", HttpStatusCode.NotFound);

        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("no-such-article", json.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?a=x")]
    [InlineData("?b=x")]
    [InlineData("?a=same&b=same")]
    [InlineData("?a=x&b=y&stakeholder=atlantis")]
    [InlineData("?a=x&b=y&theme=weather")]
    public async Task A_missing_side_or_the_same_article_twice_is_a_400_problem(string query)
    {
        using var json = await GetJsonAsync("/api/compare" + query, HttpStatusCode.BadRequest);

        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_focus_narrows_the_alignments_to_passages_on_it()
    {
        var url = $"/api/compare?a={_store.Slug("000")}&b={_store.Slug("004")}";
        using var all = await GetJsonAsync(url, HttpStatusCode.OK);
        using var focused = await GetJsonAsync(url + "&theme=territory", HttpStatusCode.OK);

        Assert.Equal("territory", focused.RootElement.GetProperty("theme").GetString());
        var territoryA = focused.RootElement.GetProperty("themes").EnumerateArray()
            .Single(t => t.GetProperty("id").GetString() == "territory").GetProperty("aParagraphs").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var alignedA = focused.RootElement.GetProperty("alignments").EnumerateArray().Select(a => a.GetProperty("a").GetInt32()).ToList();
        Assert.All(alignedA, a => Assert.Contains(a, territoryA));
        Assert.True(alignedA.Count <= all.RootElement.GetProperty("alignments").GetArrayLength());
    }

    [Fact]
    public async Task Articles_to_compare_are_found_by_part_of_their_title()
    {
        using var json = await GetJsonAsync("/api/compare/articles?q=negotiations%20stall", HttpStatusCode.OK);

        var found = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(_store.Slug("002"), found.GetProperty("slug").GetString());
        Assert.Contains("Negotiations Stall Without Peace Agreement", found.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=a")]
    public async Task Finding_articles_needs_two_characters(string query)
    {
        using var json = await GetJsonAsync("/api/compare/articles" + query, HttpStatusCode.BadRequest);

        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Wildcards_typed_in_a_search_are_taken_literally()
    {
        using var json = await GetJsonAsync("/api/compare/articles?q=%25%25", HttpStatusCode.OK);

        Assert.Empty(json.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Compare_is_described_in_the_openapi_document()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/compare\"", document, StringComparison.Ordinal);
    }

    private async Task<JsonDocument> GetJsonAsync(string url, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
