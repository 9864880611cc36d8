using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.HostileInput;

/// <summary>
/// Every route with unknown, malformed or oversized parameters, sent byte for byte over a socket to a real
/// server (HttpClient would normalise them): a 2xx or a 4xx with a helpful page or ProblemDetails, never a 5xx.
/// Add the routes of each new page here.
/// </summary>
public sealed class MalformedRouteTests(ServedAppFixture fixture) : IClassFixture<ServedAppFixture>
{
    private static readonly string LongSlug = new('a', 5000);

    public static TheoryData<string> Targets => new()
    {
        "/articles/%00",
        "/articles/%FF%FE",
        "/articles/%E2%80%AE",
        "/articles/%C0%AE%C0%AE",
        "/articles/" + LongSlug,
        "/articles/..%2F..%2Fetc%2Fpasswd",
        "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/articles/a%20b",
        "/articles/",
        "/articles",
        "/articles/x/y/z",
        "/?page=-1&sort=zzz&from=notadate",
        "/?page=99999999999999999999&to=2026-13-45",
        "/?page=abc&pageSize=-5&pageSize=1000000",
        "/?stakeholder=no-such-stakeholder&theme=no-such-theme",
        "/?stakeholder=%00&theme=%FF",
        "/?stakeholder=" + LongSlug,
        "/?outlet=%3Cscript%3E&from=2026-02-30&to=0000-00-00",
        "/compare",
        "/compare?a=",
        "/compare?a=&b=",
        "/compare?a=nope&b=nope",
        "/compare?a=%00&b=%FF",
        "/compare?a=" + LongSlug + "&b=" + LongSlug,
        "/compare?a=x&a=y&b=z&stakeholder=%00",
        "/compare?pick=%00&pick=" + LongSlug,
        "/compare?a=x&b=y&c=%FF&d=%E2%80%AE&theme=no-such-theme",
        "/compare/matrix?from=yesterday&to=2025-13-45&stakeholder=%00&theme=%FF",
        "/compare/matrix?outlet=" + LongSlug,
        "/search?q=&page=-1&sort=zzz",
        "/stakeholders?sort=zzz&page=-1",
        "/stakeholders/" + LongSlug,
        "/stakeholders/russia?from=notadate&to=2026-02-30&page=abc",
        "/themes?sort=%00",
        "/themes/%FF%FE",
        "/themes/territory?from=0000-00-00&stakeholder=%00",
        "/coverage?stakeholder=%00&theme=%FF&from=notadate&to=2026-13-45",
        "/coverage?outlet=%3Cscript%3E&page=-1",
        "/stakeholders/no-such-stakeholder",
        "/stakeholders/%00",
        "/themes/no-such-theme",
        "/themes/" + LongSlug,
        "/api/articles/%00",
        "/api/articles/" + LongSlug,
        "/api/articles?page=-1&pageSize=abc&sort=zzz",
        "/api/articles?stakeholder=%FF&theme=%00",
        "/api/search?q=(&page=-1",
        "/api/compare?a=&b=",
        "/api/stakeholders/%00",
        "/api/no-such-endpoint",
        "/Error?status=abc",
        "/Error?status=99999999999",
        "/Error?status=-1",
        "/css/../appsettings.json",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/js/%00.js",
        "/openapi/v1.json?x=%00",
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Malformed_request_is_answered_readably_without_a_server_error(string target)
    {
        var response = await RawHttp.SendAsync(fixture.BaseAddress, "GET", target);
        var location = Header(response, "Location");
        if (response.Status is 301 or 302 or 303 or 307 or 308 && location is not null && location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal))
        {
            // A redirect within the site (the list's compare picks go to the canonical a/b address): where it leads must be readable.
            response = await RawHttp.SendAsync(fixture.BaseAddress, "GET", location);
        }

        var mediaType = Header(response, "Content-Type")?.Split(';')[0].Trim();
        if (response.Status is >= 200 and < 300 && mediaType is not ("text/html" or "application/json" or "application/problem+json"))
        {
            // A static file or document (CSS, JS, OpenAPI); its readability is not in question.
            return;
        }

        if (response.Status == 400 && response.Body.Length == 0 && target.Split('?')[0].Contains("%00", StringComparison.Ordinal))
        {
            // Kestrel itself refuses a NUL in the path, before the app can render a page; a bare 400 is the best there is.
            return;
        }

        ReadableResponse.AssertReadable(response.Status, mediaType, response.Body, $"GET {target[..Math.Min(120, target.Length)]}");
    }

    [Theory]
    [InlineData("/appsettings.json")]
    [InlineData("/css/../appsettings.json")]
    [InlineData("/%2e%2e/PeaceTalksTracker.dll")]
    [InlineData("/PeaceTalksTracker.deps.json")]
    public async Task Files_outside_wwwroot_are_never_served(string target)
    {
        var response = await RawHttp.SendAsync(fixture.BaseAddress, "GET", target);

        Assert.Equal(404, response.Status);
        Assert.DoesNotContain("ConnectionStrings", response.Body, StringComparison.Ordinal);
    }

    private static string? Header(RawHttp.Response response, string name) => response.Headers.Split("\r\n")
        .Where(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
        .Select(h => h[(name.Length + 1)..].Trim())
        .FirstOrDefault();
}
