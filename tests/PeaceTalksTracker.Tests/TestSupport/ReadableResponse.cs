using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>What "a page a person can read" means for an error: an HTML page with a heading, or ProblemDetails with a title.</summary>
public static class ReadableResponse
{
    public static void AssertNotServerError(HttpStatusCode status, string what) =>
        Assert.True((int)status < 500, $"{what} answered {(int)status} {status}");

    /// <summary>Fails unless the response is a 2xx/4xx with a body a person (or a client) can make sense of.</summary>
    public static void AssertReadable(int status, string? mediaType, string body, string what)
    {
        Assert.True(status < 500, $"{what} answered {status}:\n{Truncate(body)}");
        Assert.True(status is >= 200 and < 300 or >= 400, $"{what} answered {status}");
        if (mediaType is "application/problem+json" or "application/json")
        {
            using var json = JsonDocument.Parse(body);
            if (status >= 400)
            {
                Assert.True(json.RootElement.TryGetProperty("title", out var title) && title.GetString() is { Length: > 0 },
                    $"{what}: a {status} ProblemDetails without a title:\n{Truncate(body)}");
            }

            return;
        }

        Assert.True(mediaType == "text/html", $"{what} answered {status} with '{mediaType}':\n{Truncate(body)}");
        var document = new HtmlParser().ParseDocument(body);
        var heading = document.QuerySelector("h1")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(heading), $"{what} answered {status} with a page without a heading:\n{Truncate(body)}");
    }

    public static async Task AssertReadableAsync(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        AssertReadable((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, what);
    }

    private static string Truncate(string text) => text.Length > 600 ? text[..600] + "…" : text;
}
