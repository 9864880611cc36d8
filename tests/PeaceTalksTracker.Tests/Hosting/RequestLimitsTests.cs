using PeaceTalksTracker.Hosting;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary>Kestrel's limits only exist on a real server, so these run against the app as a process.</summary>
public sealed class RequestLimitsTests(ServedAppFixture fixture) : IClassFixture<ServedAppFixture>
{
    [Fact]
    public async Task A_query_string_over_the_limit_gets_a_readable_414_page()
    {
        var response = await fixture.Client.GetAsync("/?q=" + new string('a', RequestLimits.MaxQueryLength + 10));

        Assert.Equal(414, (int)response.StatusCode);
        await ReadableResponse.AssertReadableAsync(response, "a long query on /");
        Assert.Contains("too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_query_string_over_the_limit_gets_414_problem_details()
    {
        var response = await fixture.Client.GetAsync("/api/articles?q=" + new string('a', RequestLimits.MaxQueryLength + 10));

        Assert.Equal(414, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await ReadableResponse.AssertReadableAsync(response, "a long query on /api/articles");
    }

    [Fact]
    public async Task A_request_line_over_kestrels_limit_is_refused_with_414_not_an_error()
    {
        var response = await RawHttp.SendAsync(fixture.BaseAddress, "GET", "/?q=" + new string('a', RequestLimits.MaxRequestLineBytes + 100));

        Assert.Equal(414, response.Status);
    }

    [Fact]
    public async Task Headers_over_the_limit_are_refused_with_431()
    {
        var headers = Enumerable.Range(0, 8).ToDictionary(i => $"X-Padding-{i}", _ => new string('h', 8 * 1024));

        var response = await RawHttp.SendAsync(fixture.BaseAddress, "GET", "/", headers);

        Assert.Equal(431, response.Status);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/articles")]
    [InlineData("/no/such/page")]
    public async Task A_body_over_the_limit_is_refused_with_a_4xx_not_an_error(string path)
    {
        var body = new byte[(int)RequestLimits.MaxRequestBodyBytes * 4];
        Array.Fill(body, (byte)'a');

        var response = await RawHttp.SendAsync(fixture.BaseAddress, "POST", path, body: body);

        Assert.InRange(response.Status, 400, 499);
    }

    [Fact]
    public async Task The_app_served_by_kestrel_carries_the_security_headers()
    {
        var response = await fixture.Client.GetAsync("/");

        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, string.Join("", response.Headers.GetValues("Content-Security-Policy")));
    }
}
