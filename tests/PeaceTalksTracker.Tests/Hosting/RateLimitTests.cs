using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary>The search page and every export share the search API's limit, per client address (issue 16.5).</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Over_the_limit_the_search_page_is_a_friendly_page_the_exports_a_problem_and_another_client_is_still_served()
    {
        var seeds = Path.Combine(_folder.Path, "seeds");
        GeneratedArticles.Write(seeds, 2);
        await using var app = await AppProcess.ServeAsync(Path.Combine(_folder.Path, "store.db"), seeds, _folder.Path,
            "--Search:RateLimit:PermitLimit", "3", "--Search:RateLimit:WindowSeconds", "600");
        using var first = ClientFrom(app.BaseAddress, IPAddress.Parse("127.0.0.1"));
        using var second = ClientFrom(app.BaseAddress, IPAddress.Parse("127.0.0.2"));

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/search?q=talks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/export.json")).StatusCode);
        var page = await first.GetAsync("/search?q=peace");
        var csv = await first.GetAsync("/export.csv");
        var json = await first.GetAsync("/export.json");
        var searchExport = await first.GetAsync("/search/export.csv?q=peace");
        var other = await second.GetAsync("/search?q=peace");

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero, "the page says when to come back");
        var heading = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent.Trim();
        Assert.Equal("Too many requests", heading);
        foreach (var export in new[] { csv, json, searchExport })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, export.StatusCode);
            Assert.Equal("application/problem+json", export.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);
    }

    // Every address of 127.0.0.0/8 is this machine: a client bound to 127.0.0.2 is another client to the server.
    private static HttpClient ClientFrom(Uri server, IPAddress local) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(local, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = server };
}
