using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Api;

public sealed class ArticlesApiTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private readonly HttpClient _client = fixture.App.CreateClient();

    private async Task<JsonElement[]> ListAsync() => (await _client.GetFromJsonAsync<JsonElement[]>("/api/articles"))!;

    private async Task<JsonElement> SummaryAsync(string seedPrefix) =>
        (await ListAsync()).Single(a => a.GetProperty("sourceFile").GetString()!.StartsWith(seedPrefix, StringComparison.Ordinal));

    private async Task<JsonElement> DetailAsync(string seedPrefix)
    {
        var slug = (await SummaryAsync(seedPrefix)).GetProperty("slug").GetString();
        return await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();

    [Fact]
    public async Task The_list_has_one_object_per_seed_with_the_summary_fields()
    {
        var list = await ListAsync();

        Assert.Equal(5, list.Length);
        Assert.All(list, a =>
        {
            Assert.Equal(
                ["author", "outlet", "publishedOn", "slug", "sourceFile", "title", "titleIsDerived", "wordCount"],
                a.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.InRange(a.GetProperty("wordCount").GetInt32(), 300, 2000);
            Assert.EndsWith(".txt", Text(a, "sourceFile"), StringComparison.Ordinal);
            Assert.DoesNotContain('/', Text(a, "sourceFile")!);
        });
    }

    [Fact]
    public async Task The_list_carries_author_date_outlet_and_derived_title_as_read_from_each_file()
    {
        var seed003 = await SummaryAsync("003");
        Assert.Equal("Washington and Moscow Talk, but Peace in Ukraine Still Feels Far Away", Text(seed003, "title"));
        Assert.Equal("washington-and-moscow-talk-but-peace-in-ukraine-still-feels-far-away", Text(seed003, "slug"));
        Assert.Equal("Ingrid Jones", Text(seed003, "author"));
        Assert.Equal("2025-12-03", Text(seed003, "publishedOn"));
        Assert.Equal("003_5325785c0e58dfe4.txt", Text(seed003, "sourceFile"));
        Assert.False(seed003.GetProperty("titleIsDerived").GetBoolean());

        var seed002 = await SummaryAsync("002");
        Assert.Equal("Politico", Text(seed002, "outlet"));
        Assert.Equal(JsonValueKind.Null, seed002.GetProperty("publishedOn").ValueKind);

        var seed004 = await SummaryAsync("004");
        Assert.True(seed004.GetProperty("titleIsDerived").GetBoolean());
        Assert.Equal("2025-06-12", Text(seed004, "publishedOn"));
    }

    [Fact]
    public async Task One_article_has_caption_sources_markdown_html_and_paragraphs_in_reading_order()
    {
        var article = await DetailAsync("004");

        Assert.StartsWith("Head of the Ukrainian delegation", Text(article, "caption"), StringComparison.Ordinal);
        Assert.Equal("Adem Altan/AFP", Text(article, "captionCredit"));
        Assert.Equal(JsonValueKind.Null, article.GetProperty("subtitle").ValueKind);
        Assert.Equal(
            ["Al Jazeera", "Reuters", "AP News", "Foreign Affairs", "RAND"],
            article.GetProperty("citedSources").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("## 🧨 1. Prolonged Conflict and Rising Human Cost", Text(article, "bodyMarkdown"), StringComparison.Ordinal);
        Assert.Contains("<h2>🧾 Overall Takeaway</h2>", Text(article, "bodyHtml"), StringComparison.Ordinal);
        Assert.DoesNotContain("Be the first to comment", Text(article, "bodyHtml"), StringComparison.Ordinal);

        var paragraphs = article.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(18, paragraphs.Count);
        Assert.Equal(Enumerable.Range(0, 18), paragraphs.Select(p => p.GetProperty("index").GetInt32()));
        Assert.Equal(JsonValueKind.Null, paragraphs[0].GetProperty("heading").ValueKind);
        Assert.StartsWith("As the war in Ukraine drags into its third year", Text(paragraphs[0], "text"), StringComparison.Ordinal);
        Assert.Equal("🧾 Overall Takeaway", Text(paragraphs[^1], "heading"));
    }

    [Fact]
    public async Task One_article_keeps_its_standfirst_table_and_list()
    {
        var seed000 = await DetailAsync("000");
        Assert.Equal("A Diplomatic Effort Shadowed by War Fatigue and Mistrust", Text(seed000, "subtitle"));

        var seed002 = await DetailAsync("002");
        var kinds = seed002.GetProperty("paragraphs").EnumerateArray().Select(p => Text(p, "kind")).ToList();
        Assert.Equal(1, kinds.Count(k => k == "table"));
        Assert.Equal(3, kinds.Count(k => k == "listitem"));
        Assert.Contains("<table>", Text(seed002, "bodyHtml"), StringComparison.Ordinal);
        Assert.Contains("<ul>", Text(seed002, "bodyHtml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_slug_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Article not found", Text(problem, "title"));
        Assert.Contains("no-such-article", Text(problem, "detail"), StringComparison.Ordinal);
    }
}
