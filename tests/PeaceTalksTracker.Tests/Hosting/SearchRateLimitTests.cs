using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

public sealed class SearchRateLimitTests
{
    [Fact]
    public async Task A_client_searching_past_its_burst_gets_429_problem_details_while_pages_and_other_apis_still_answer()
    {
        using var app = new PeaceTalksApp(settings: new Dictionary<string, string?>
        {
            ["RequestLimits:SearchBurst"] = "5",
            ["RequestLimits:SearchRequestsPerMinute"] = "1",
        });
        using var client = app.CreateClient();

        var statuses = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            using var search = await client.GetAsync("/api/search?q=peace");
            statuses.Add((int)search.StatusCode);
        }

        using var refused = await client.GetAsync("/api/search?q=talks");
        Assert.Equal(429, (int)refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.Contains("Retry-After"));
        await ReadableResponse.AssertReadableAsync(refused, "a rate-limited search");
        Assert.Equal(5, statuses.Count(s => s != 429));
        Assert.Equal(200, (int)(await client.GetAsync("/")).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync("/api/articles")).StatusCode);
    }
}
