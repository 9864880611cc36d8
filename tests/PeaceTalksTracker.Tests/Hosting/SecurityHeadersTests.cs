using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

public sealed class SecurityHeadersTests(SeedsAppFixture fixture) : IClassFixture<SeedsAppFixture>
{
    public static TheoryData<string, int> Responses => new()
    {
        { "/", 200 },
        { "/articles/" + SeedsAppFixture.KnownSlugPlaceholder, 200 },
        { "/articles/no-such-article", 404 },
        { "/no/such/page", 404 },
        { "/api/articles", 200 },
        { "/api/articles/no-such-article", 404 },
        { "/search?q=peace", 200 },
        { "/api/search?q=peace", 200 },
        { "/css/site.css", 200 },
        { "/js/site.js", 200 },
        { "/favicon.svg", 200 },
        { "/Error?status=400", 400 },
        { "/compare", 200 },
        { "/compare?a=" + SeedsAppFixture.KnownSlugPlaceholder + "&b=" + SeedsAppFixture.OtherSlugPlaceholder, 200 },
        { "/compare?a=" + SeedsAppFixture.KnownSlugPlaceholder + "&b=" + SeedsAppFixture.OtherSlugPlaceholder + "&stakeholder=russia", 200 },
        { "/compare?a=no-such-article&b=" + SeedsAppFixture.KnownSlugPlaceholder, 404 },
        { "/compare/matrix", 200 },
        { "/stakeholders", 200 },
        { "/stakeholders/russia", 200 },
        { "/stakeholders/no-such-stakeholder", 404 },
        { "/themes", 200 },
        { "/themes/territory", 200 },
        { "/themes/no-such-theme", 404 },
        { "/coverage", 200 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string path, int status)
    {
        var response = await fixture.Client.GetAsync(await fixture.ResolveAsync(path));

        Assert.Equal(status, (int)response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_no_inline_script_style_or_event_handler_that_the_policy_would_block()
    {
        foreach (var path in new[]
        {
            "/", "/articles/" + SeedsAppFixture.KnownSlugPlaceholder, "/search?q=peace+talks", "/no/such/page",
            "/compare?a=" + SeedsAppFixture.KnownSlugPlaceholder + "&b=" + SeedsAppFixture.OtherSlugPlaceholder + "&stakeholder=russia",
            "/compare/matrix", "/stakeholders", "/stakeholders/russia", "/themes", "/themes/territory", "/coverage",
        })
        {
            var html = await fixture.Client.GetStringOrErrorAsync(await fixture.ResolveAsync(path));
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

            Assert.All(document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline <script> on {path}"));
            Assert.Empty(document.QuerySelectorAll("style"));
            Assert.Empty(document.QuerySelectorAll("[style]"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header");
}
