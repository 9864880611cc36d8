using System.Net.Http.Json;
using System.Text.Json;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Api;

/// <summary>What the JSON API tells a client about stakeholders, themes, mentions and quotes.</summary>
public sealed class ArticleAnalysisApiTests : IClassFixture<ArticleAnalysisApiTests.SeedApp>
{
    public sealed class SeedApp : IDisposable
    {
        public PeaceTalksApp App { get; } = new();

        public void Dispose() => App.Dispose();
    }

    private readonly HttpClient _client;

    public ArticleAnalysisApiTests(SeedApp seeds) => _client = seeds.App.CreateClient();

    private async Task<JsonElement> GetAsync(string url) => await _client.GetFromJsonAsync<JsonElement>(url);

    private async Task<string> SlugOfAsync(string titleStart)
    {
        var list = await GetAsync("/api/articles");
        return list.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith(titleStart, StringComparison.Ordinal)).GetProperty("slug").GetString()!;
    }

    [Fact]
    public async Task The_list_gives_each_article_its_stakeholders_most_mentioned_first_and_its_themes()
    {
        var list = await GetAsync("/api/articles");
        foreach (var article in list.EnumerateArray())
        {
            var mentions = article.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetProperty("mentions").GetInt32()).ToList();
            Assert.NotEmpty(mentions);
            Assert.Equal(mentions.OrderByDescending(m => m), mentions);
            Assert.All(article.GetProperty("themes").EnumerateArray(), t =>
            {
                Assert.InRange(t.GetProperty("share").GetDouble(), 0.0001, 1);
                Assert.True(t.GetProperty("paragraphs").GetInt32() > 0);
                Assert.False(string.IsNullOrEmpty(t.GetProperty("name").GetString()));
            });
        }

        var politico = list.EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith("Russia-Ukraine Negotiations", StringComparison.Ordinal));
        var ids = politico.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equal(["russia", "ukraine"], ids.Take(2).Order());
        Assert.Contains("Russia", politico.GetProperty("stakeholders")[0].GetProperty("name").GetString() + politico.GetProperty("stakeholders")[1].GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_gives_mentions_with_offsets_into_its_paragraph_text_and_its_quotes()
    {
        var article = await GetAsync("/api/articles/" + await SlugOfAsync("Russia-Ukraine Negotiations"));
        var paragraphs = article.GetProperty("paragraphs").EnumerateArray().ToList();
        var mentions = 0;
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.GetProperty("text").GetString()!;
            var stakeholders = paragraph.GetProperty("stakeholders").EnumerateArray().Select(s => s.GetString()).ToList();
            foreach (var mention in paragraph.GetProperty("mentions").EnumerateArray())
            {
                mentions++;
                Assert.Equal(mention.GetProperty("text").GetString(), text.Substring(mention.GetProperty("start").GetInt32(), mention.GetProperty("length").GetInt32()));
                Assert.Contains(mention.GetProperty("stakeholder").GetString(), stakeholders);
            }
        }

        Assert.True(mentions > 10);
        var medinsky = paragraphs.Single(p => p.GetProperty("text").GetString()!.Contains("Medinsky", StringComparison.Ordinal));
        Assert.Contains("mediation", medinsky.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));

        var quotes = article.GetProperty("quotes").EnumerateArray()
            .Select(q => (Speaker: q.GetProperty("speaker").GetString(), Stakeholder: q.GetProperty("stakeholder").GetString(), Text: q.GetProperty("text").GetString()!, Paragraph: q.GetProperty("paragraph").GetInt32()))
            .ToList();
        Assert.Contains(("Vladimir Medinsky", "russia", "difficult, but businesslike", medinsky.GetProperty("index").GetInt32()), quotes);
        Assert.Contains(quotes, q => q.Speaker == "Rustem Umerov" && q.Stakeholder == "ukraine" && q.Text.StartsWith("We are focused on working through the key provisions", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Speaker is null && q.Stakeholder is null && q.Text == "confusing");
    }

    [Fact]
    public async Task An_article_carries_the_same_stakeholder_and_theme_profile_as_the_list()
    {
        var list = await GetAsync("/api/articles");
        foreach (var summary in list.EnumerateArray())
        {
            var article = await GetAsync("/api/articles/" + summary.GetProperty("slug").GetString());

            Assert.Equal(summary.GetProperty("stakeholders").GetRawText(), article.GetProperty("stakeholders").GetRawText());
            Assert.Equal(summary.GetProperty("themes").GetRawText(), article.GetProperty("themes").GetRawText());
        }
    }

    [Fact]
    public async Task The_openapi_document_says_an_unknown_article_is_a_404_problem()
    {
        var document = await GetAsync("/openapi/v1.json");

        var responses = document.GetProperty("paths").GetProperty("/api/articles/{slug}").GetProperty("get").GetProperty("responses");
        Assert.True(responses.TryGetProperty("404", out var notFound));
        Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task Scare_quotes_are_kept_without_a_speaker_and_a_named_senator_is_attributed()
    {
        var washington = await GetAsync("/api/articles/" + await SlugOfAsync("Washington and Moscow Talk"));
        var phrases = washington.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Contains(phrases, q => q.GetProperty("text").GetString() == "new realities" && q.GetProperty("speaker").ValueKind == JsonValueKind.Null);
        Assert.Contains(phrases, q => q.GetProperty("text").GetString() == "constructive dialogue" && q.GetProperty("speaker").ValueKind == JsonValueKind.Null);

        var rubio = await GetAsync("/api/articles/" + await SlugOfAsync("US Signals Low Expectations"));
        Assert.Contains(rubio.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("text").GetString() == "low expectations" && q.GetProperty("speaker").GetString() == "Marco Rubio");
    }

    [Fact]
    public async Task The_codebook_in_force_is_served_with_its_hash()
    {
        var codebook = await GetAsync("/api/codebook");
        Assert.False(string.IsNullOrEmpty(codebook.GetProperty("hash").GetString()));
        var ukraine = codebook.GetProperty("stakeholders").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "ukraine");
        Assert.Contains("Kyiv", ukraine.GetProperty("institutions").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(10, codebook.GetProperty("themes").EnumerateArray().Count(t => t.GetProperty("evidence").EnumerateObject().Any()));
    }
}
