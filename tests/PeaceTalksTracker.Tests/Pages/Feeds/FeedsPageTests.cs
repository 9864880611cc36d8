using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Intake.Sources.Feeds;
using PeaceTalksTracker.Tests.Intake.Sources.Feeds;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Feeds;

/// <summary><c>/feeds</c> and <c>GET /api/feeds</c> over real HTTP, and the poller running inside the served app.</summary>
public sealed class FeedsPageTests
{
    private static PeaceTalksApp App(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Import:ImportSeedsOnStart"] = "false",
            ["Feeds:Polling"] = "false",
            ["Links:AttemptTimeout"] = "00:00:01",
            ["Links:TotalTimeout"] = "00:00:02",
            ["Links:RetryDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new PeaceTalksApp(settings: all);
    }

    [Fact]
    public async Task The_feeds_page_and_api_show_last_fetch_last_success_items_imported_and_last_error()
    {
        await using var site = await FeedFixtureSite.StartAsync();
        using var app = App();
        var subscriptions = app.Services.GetRequiredService<FeedSubscriptions>();
        await subscriptions.AddAsync(site.Url("/gone.xml"), "Gone Daily", "Gone Outlet", 45, "command");
        var poller = app.Services.GetRequiredService<FeedPoller>();
        await poller.PollDueAsync();
        using var client = app.CreateClient();

        var feeds = await client.GetFromJsonAsync<JsonElement>("/api/feeds");
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/feeds"));

        var feed = Assert.Single(feeds.EnumerateArray());
        Assert.Equal(site.Url("/gone.xml"), feed.GetProperty("url").GetString());
        Assert.Equal("Gone Daily", feed.GetProperty("name").GetString());
        Assert.Equal(45, feed.GetProperty("intervalMinutes").GetInt32());
        Assert.Equal(0, feed.GetProperty("itemsImported").GetInt32());
        Assert.Equal("HTTP 404 Not Found", feed.GetProperty("lastError").GetString());
        Assert.NotEqual(JsonValueKind.Null, feed.GetProperty("lastFetchAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("lastSuccessAt").ValueKind);
        var row = Assert.Single(page.QuerySelectorAll("table.feeds tbody tr"));
        Assert.Contains("Gone Daily", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("HTTP 404 Not Found", row.QuerySelector(".feed-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("never", row.TextContent, StringComparison.Ordinal); // no success yet
        // The page links nowhere a feed chose: the address is text, not a link.
        Assert.Empty(row.QuerySelectorAll("a"));
    }

    [Fact]
    public async Task The_feeds_api_is_in_the_openapi_document()
    {
        using var app = App();
        using var client = app.CreateClient();

        var doc = await client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"/api/feeds\"", doc, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/api/feeds")]
    [InlineData("PUT", "/api/feeds")]
    [InlineData("DELETE", "/api/feeds")]
    [InlineData("POST", "/feeds")]
    public async Task No_request_can_add_a_feed_or_make_the_server_fetch_anything(string method, string path)
    {
        await using var site = await FeedFixtureSite.StartAsync();
        using var app = App();
        using var client = app.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = new FormUrlEncodedContent([new("url", site.Url("/rss.xml"))]),
        });

        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}");
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.Feeds.CountAsync());
        Assert.Empty(site.Hits);
    }

    [Fact]
    public async Task The_served_app_polls_configured_feeds_in_the_background_and_a_failing_feed_does_not_stop_the_others_or_the_pages()
    {
        await using var site = await FeedFixtureSite.StartAsync();
        using var app = App(
            ("Feeds:Polling", "true"),
            ("Feeds:CheckEvery", "00:00:00.200"),
            ("Feeds:Subscriptions:0:Url", site.Url("/slow.xml")),
            ("Feeds:Subscriptions:1:Url", site.Url("/broken.xml")),
            ("Feeds:Subscriptions:2:Url", site.Url("/error.xml")),
            ("Feeds:Subscriptions:2:Name", "Error Feed"),
            ("Feeds:Subscriptions:3:Url", site.Url("/feed.json")),
            ("Feeds:Subscriptions:3:Outlet", "Fixture Wire"),
            ("Feeds:Subscriptions:3:IntervalMinutes", "10"));
        var factory = app;
        using var client = factory.CreateClient();

        JsonElement[] feeds = [];
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            // Pages keep answering while the feeds are polled (the slow one takes seconds).
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            feeds = [.. (await client.GetFromJsonAsync<JsonElement>("/api/feeds")).EnumerateArray()];
            if (feeds.Length == 4 && feeds.All(f => f.GetProperty("lastFetchAt").ValueKind != JsonValueKind.Null))
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal(4, feeds.Length);
        var byPath = feeds.ToDictionary(f => new Uri(f.GetProperty("url").GetString()!).AbsolutePath);
        Assert.Equal(1, byPath["/feed.json"].GetProperty("itemsImported").GetInt32());
        Assert.Equal(10, byPath["/feed.json"].GetProperty("intervalMinutes").GetInt32());
        Assert.Equal("config", byPath["/feed.json"].GetProperty("origin").GetString());
        Assert.Contains("timed out", byPath["/slow.xml"].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Contains("not a valid feed", byPath["/broken.xml"].GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal("Error Feed", byPath["/error.xml"].GetProperty("name").GetString());
        // The derived factory's store (app.Services would start a second host, polling the same feeds).
        await using var db = factory.Services.GetRequiredService<IDbContextFactory<PeaceTalksTracker.Data.PeaceTalksDbContext>>().CreateDbContext();
        Assert.Equal("Fixture Wire", await db.Articles.Select(a => a.Outlet).SingleAsync());
    }
}
