using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary>
/// Methods over a real Kestrel socket (issue 16.4): 405 with Allow for what a route does not take, HEAD wherever GET
/// is, never a 500 for TRACE, and ProblemDetails for every /api/ error.
/// </summary>
public sealed class HttpMethodTests(ServedAppFixture fixture) : IClassFixture<ServedAppFixture>
{
    public static TheoryData<string> Routes => new()
    {
        "/", "/articles/{slug}", "/compare/matrix", "/stakeholders/russia", "/themes/territory", "/stakeholders", "/themes",
        "/coverage", "/search?q=talks", "/compare", "/export.csv", "/export.json", "/search/export.csv?q=talks",
        "/api/articles", "/api/articles/{slug}", "/api/search?q=talks", "/api/codebook", "/api/compare/articles?q=talks",
        "/healthz", "/openapi/v1.json",
    };

    public static TheoryData<string, string> RefusedMethods
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var method in new[] { "TRACE", "OPTIONS", "POST", "PUT", "DELETE", "PATCH" })
            {
                foreach (var route in new[] { "/", "/articles/{slug}", "/compare/matrix", "/stakeholders/russia", "/themes/territory", "/search", "/api/articles", "/api/search?q=x", "/export.csv", "/healthz" })
                {
                    data.Add(method, route);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(RefusedMethods))]
    public async Task A_method_no_route_takes_answers_405_with_allow_and_a_readable_body(string method, string route)
    {
        var response = await RawHttp.SendAsync(fixture.BaseAddress, method, await ResolveAsync(route), body: method is "POST" or "PUT" or "PATCH" ? "a=1"u8.ToArray() : null);

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", Header(response, "Allow"));
        var mediaType = Header(response, "Content-Type")?.Split(';')[0];
        if (route.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", mediaType);
            Assert.Equal(405, JsonDocument.Parse(response.Body).RootElement.GetProperty("status").GetInt32());
        }
        else
        {
            ReadableResponse.AssertReadable(response.Status, mediaType, response.Body, $"{method} {route}");
        }
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Head_answers_wherever_get_does_with_the_same_status_and_type_and_no_body(string route)
    {
        var target = await ResolveAsync(route);
        var get = await RawHttp.SendAsync(fixture.BaseAddress, "GET", target);
        var head = await RawHttp.SendAsync(fixture.BaseAddress, "HEAD", target);

        Assert.Equal(200, get.Status);
        Assert.Equal(get.Status, head.Status);
        Assert.Equal(Header(get, "Content-Type"), Header(head, "Content-Type"));
        Assert.Equal("", head.Body);
    }

    [Theory]
    [InlineData("TRACE", "/no-such-page")]
    [InlineData("PUT", "/no-such-page")]
    [InlineData("DELETE", "/no/such/page")]
    public async Task An_address_that_is_no_route_stays_404_whatever_the_method(string method, string target)
    {
        var response = await RawHttp.SendAsync(fixture.BaseAddress, method, target);

        Assert.Equal(404, response.Status);
        ReadableResponse.AssertReadable(response.Status, Header(response, "Content-Type")?.Split(';')[0], response.Body, $"{method} {target}");
    }

    [Theory]
    [InlineData("GET", "/api/nonexistent", 404)]
    [InlineData("GET", "/api/articles/no-such-article", 404)]
    [InlineData("TRACE", "/api/nonexistent", 404)]
    [InlineData("GET", "/api", 404)]
    [InlineData("DELETE", "/api/codebook", 405)]
    public async Task Every_api_error_is_a_problem_details(string method, string target, int status)
    {
        var response = await RawHttp.SendAsync(fixture.BaseAddress, method, target, new Dictionary<string, string> { ["Accept"] = "text/html" });

        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", Header(response, "Content-Type")?.Split(';')[0]);
        var problem = JsonDocument.Parse(response.Body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Null(new HtmlParser().ParseDocument(response.Body).QuerySelector("h1"));
    }

    private async Task<string> ResolveAsync(string route)
    {
        if (!route.Contains("{slug}", StringComparison.Ordinal))
        {
            return route;
        }

        var articles = await fixture.Client.GetFromJsonAsync<List<JsonElement>>("/api/articles");
        return route.Replace("{slug}", articles![0].GetProperty("slug").GetString(), StringComparison.Ordinal);
    }

    private static string? Header(RawHttp.Response response, string name) => response.Headers.Split("\r\n")
        .Where(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
        .Select(h => h[(name.Length + 1)..].Trim())
        .FirstOrDefault();
}
