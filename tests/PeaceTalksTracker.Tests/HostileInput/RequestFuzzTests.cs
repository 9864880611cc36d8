using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace PeaceTalksTracker.Tests.HostileInput;

/// <summary>
/// A fuzz run over every route the app maps (read from its endpoint table, so a new page is fuzzed without being listed):
/// generated hostile methods, path values, query strings and headers. No answer may be a 5xx, carry a stack trace, or
/// name a file or folder of the machine. The seed changes every day and is printed, so a failure can be replayed
/// (set PTT_FUZZ_SEED).
/// </summary>
public sealed partial class RequestFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 1200;

    private static readonly string[] Methods = ["GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "get"];

    private static readonly string[] Keys =
        ["q", "page", "pageSize", "sort", "stakeholder", "theme", "outlet", "from", "to", "a", "b", "c", "d", "pick", "format", "status", "slug", "x", "", "q[]", "__proto__"];

    private static readonly string[] Values =
    [
        "", "%00", "%FF%FE", "%C0%AE%C0%AE", "..%2F..%2Fetc%2Fpasswd", "../../../../etc/passwd", "%2e%2e%2f", "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>", "'; DROP TABLE Articles; --", "\" OR 1=1 --", "{{7*7}}", "${jndi:ldap://x}", "%", "%%", "a%", "%zz",
        "-1", "0", "99999999999999999999", "1e309", "NaN", "2026-13-45", "0000-00-00", "2025-02-30T25:61", "\u202Eevil", "\u0000", "\u001B[31m",
        "\uFEFF", "\uD83D\uDD4A", "Київ", "مفاوضات", "NEAR(peace talks, -1)", "Title:peace", "{Title}:x", "peace*", "\"unbalanced", "((", "russia",
        "territory", "talks", "peace talks", "politico", "csv", "json", "xml", "relevance", "date", "title", "404", "500", "-99999",
    ];

    private static readonly string[] Accepts = ["text/html", "application/json", "*/*", "text/csv", "application/xml", "garbage/\u00ff", "", "text/html;q=0, */*;q=0"];

    [Fact]
    public async Task A_thousand_generated_hostile_requests_over_every_route_get_no_server_error_no_stack_trace_and_no_internal_path()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PTT_FUZZ_SEED"), CultureInfo.InvariantCulture, out var fixedSeed)
            ? fixedSeed
            : int.Parse(DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        output.WriteLine($"Fuzz seed {seed} (replay with PTT_FUZZ_SEED={seed})");
        using var app = new PeaceTalksApp(settings: new Dictionary<string, string?> { ["Search:RateLimit:PermitLimit"] = "1000000" });
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var slugs = await client.GetStringAsync("/api/articles");
        var knownSlug = SlugPattern().Match(slugs).Groups[1].Value;
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
        output.WriteLine($"{routes.Count} routes: {string.Join(" ", routes)}");
        Assert.Contains("/api/search", routes);
        Assert.Contains("/", routes);
        Assert.Contains(routes, r => r.StartsWith("/articles/", StringComparison.Ordinal));

        var forbidden = new[] { RepoPaths.Root, Path.GetDirectoryName(app.DatabasePath)!, AppContext.BaseDirectory.TrimEnd('/'), Path.GetTempPath().TrimEnd('/') };
        var random = new Random(seed);
        var requests = Enumerable.Range(0, Requests).Select(i => Generate(random, routes[i % routes.Count], knownSlug)).ToList();
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var batch in requests.Chunk(4))
        {
            await Task.WhenAll(batch.Select(async r =>
            {
                var failure = await CheckAsync(client, r, forbidden, statuses);
                if (failure is not null)
                {
                    lock (failures)
                    {
                        failures.Add(failure);
                    }
                }
            }));
        }

        output.WriteLine($"{Requests} requests in {started.Elapsed.TotalSeconds:F1} s; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.Count == 0, $"seed {seed}: {failures.Count} bad answers, first ones:\n{string.Join("\n", failures.Take(10))}");
        Assert.True(statuses.Keys.Any(s => s < 300) && statuses.Keys.Any(s => s >= 400), "the run reached both answers and refusals");
    }

    private sealed record FuzzRequest(string Method, string Target, string Accept, bool WithBody);

    private static FuzzRequest Generate(Random random, string route, string knownSlug)
    {
        string Value() => random.Next(10) switch
        {
            0 => new string((char)random.Next(0x20, 0x7f), random.Next(1, 6000)),
            1 => knownSlug,
            _ => Values[random.Next(Values.Length)],
        };

        // Route parameters ({slug}, {id}, catch-alls) get a hostile value; the value is escaped so it reaches routing as data.
        var path = RouteParameter().Replace(route, _ => Escape(random, Value()));
        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        var query = new StringBuilder();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(Escape(random, Keys[random.Next(Keys.Length)])).Append('=').Append(Escape(random, Value()));
        }

        var method = Methods[random.Next(Methods.Length)];
        return new FuzzRequest(method, path + query, Accepts[random.Next(Accepts.Length)], method is "POST" or "PUT" or "PATCH");
    }

    // Mostly percent-encoded; sometimes a raw percent sequence (already "encoded") goes as it is.
    private static string Escape(Random random, string value) =>
        value.StartsWith('%') && random.Next(2) == 0 ? value : Uri.EscapeDataString(value);

    private static async Task<string?> CheckAsync(HttpClient client, FuzzRequest request, string[] forbidden, Dictionary<int, int> statuses)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Target);
        if (request.Accept.Length > 0)
        {
            message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        }

        message.Headers.TryAddWithoutValidation("Accept-Language", "xx-\u00ff;q=2");
        message.Headers.TryAddWithoutValidation("If-None-Match", "\"<script>\"");
        if (request.WithBody)
        {
            message.Content = new StringContent("a=1&__RequestVerificationToken=x", Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        HttpResponseMessage sent;
        try
        {
            sent = await client.SendAsync(message);
        }
        catch (InvalidOperationException) when (request.Target.Split('?')[0].Contains("%00", StringComparison.Ordinal))
        {
            // The in-process test server refuses a NUL in the path before the app sees it; Kestrel answers a bare 400
            // there (MalformedRouteTests checks that over a socket).
            return null;
        }

        using var response = sent;
        var body = await response.Content.ReadAsStringAsync();
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
        var status = (int)response.StatusCode;
        lock (statuses)
        {
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }

        var what = $"{request.Method} {(request.Target.Length > 150 ? request.Target[..150] + "…" : request.Target)} (Accept: {request.Accept})";
        if (status >= 500)
        {
            return $"{what} answered {status}";
        }

        var text = headers + "\n" + body;
        if (StackFrame().IsMatch(text))
        {
            return $"{what} answered {status} with a stack trace";
        }

        var leaked = forbidden.FirstOrDefault(p => p.Length > 1 && text.Contains(p, StringComparison.Ordinal));
        return leaked is null ? null : $"{what} answered {status} naming {leaked}";
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"""slug"":""([^""]+)""")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"(^|\n)\s+at [\w.<>`]+\(|Exception:|\.cs:line \d+")]
    private static partial Regex StackFrame();
}
