using System.Net.Http.Json;
using System.Text.Json;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Search;

public sealed class CommonWordCapTests
{
    [Fact]
    public async Task A_word_in_more_paragraphs_than_are_ranked_is_searched_among_the_newest_with_a_note()
    {
        using var seeds = new TempFolder();
        var articles = Enumerable.Range(1, 6)
            .Select(i => new TestArticle($"talks-{i}", $"Round {i}", $"Peace talks, round {i}, first part.", $"Peace talks, round {i}, second part."))
            .ToArray();
        using var app = new PeaceTalksApp(seeds.Path, new Dictionary<string, string?> { ["Search:MaxRankedParagraphs"] = "4" });
        using var client = app.CreateClient();
        await BrowseStore.WriteAsync(app, articles);

        var capped = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=peace", UriKind.Relative));
        var narrow = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=%22round%206%22", UriKind.Relative));

        Assert.Equal(4, capped.GetProperty("totalParagraphs").GetInt32());
        Assert.Equal(["talks-5", "talks-6"], capped.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()!).Order());
        Assert.Contains(capped.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("more than 4 paragraphs", StringComparison.Ordinal));
        Assert.Empty(narrow.GetProperty("notes").EnumerateArray());
        Assert.Equal("talks-6", Assert.Single(narrow.GetProperty("hits").EnumerateArray()).GetProperty("slug").GetString());
    }
}
