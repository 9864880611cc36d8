using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.HostileInput;

/// <summary>
/// Thousands of generated search strings thrown at the search page and API on a real server: never a 5xx,
/// always a page or ProblemDetails a person can read. (Until search lands these routes answer 404 pages,
/// which pass; the test bites as soon as search is served.)
/// </summary>
public sealed class SearchInputPropertyTests(ServedAppFixture fixture) : IClassFixture<ServedAppFixture>
{
    private const int Cases = 1500;

    [Theory]
    [InlineData("/search", 20261122)]
    [InlineData("/api/search", 20261123)]
    public async Task Generated_search_strings_never_cause_a_server_error(string route, int seed)
    {
        var generator = new HostileQueryGenerator(seed);
        var failures = new List<string>();
        for (var i = 0; i < Cases && failures.Count < 10; i++)
        {
            var phrase = generator.NextPhrase();
            var target = $"{route}?q={generator.Encode(phrase)}";
            if (i % 50 == 0)
            {
                // Parameter shapes, not only values: repeated, empty and stray parameters.
                target += $"&q={generator.Encode(generator.NextPhrase())}&page=-1&q=";
            }

            try
            {
                await AssertReadableAsync(target);
            }
            catch (Exception ex) when (ex is Xunit.Sdk.XunitException or System.Text.Json.JsonException or HttpRequestException)
            {
                failures.Add($"case {i} (seed {seed}), q of {phrase.Length} chars starting {Describe(phrase)}:\n{ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/api/search")]
    public async Task Missing_and_empty_queries_are_answered_readably(string route)
    {
        foreach (var query in new[] { "", "?", "?q", "?q=", "?q=%20", "?Q=peace", "?q=%00", "?q=%22", "?q=(", "?q=NEAR(", "?q=*" })
        {
            await AssertReadableAsync(route + query);
        }
    }

    private async Task AssertReadableAsync(string target)
    {
        // System.Uri refuses URLs past 65,519 characters; longer ones go over a bare socket.
        if (target.Length > 60_000)
        {
            var raw = await RawHttp.SendAsync(fixture.BaseAddress, "GET", target);
            var mediaType = ContentType(raw.Headers);
            ReadableResponse.AssertReadable(raw.Status, mediaType, raw.Body, $"GET {target[..Math.Min(80, target.Length)]}…");
            return;
        }

        using var response = await fixture.Client.GetAsync(target);
        await ReadableResponse.AssertReadableAsync(response, $"GET {target[..Math.Min(200, target.Length)]}");
    }

    private static string? ContentType(string headers) => headers.Split("\r\n")
        .Where(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))
        .Select(h => h["Content-Type:".Length..].Split(';')[0].Trim())
        .FirstOrDefault();

    private static string Describe(string phrase) =>
        "\"" + string.Concat(phrase.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "\"";
}
