using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Sources.Feeds;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake.Sources.Feeds;

/// <summary>Polling feeds served by a real loopback server, through the real importer and store.</summary>
public sealed class FeedPollerTests : IAsyncLifetime
{
    private readonly PeaceTalksApp _app = new(settings: new Dictionary<string, string?>
    {
        ["Import:ImportSeedsOnStart"] = "false",
        ["Feeds:Polling"] = "false",
        ["Links:AttemptTimeout"] = "00:00:01",
        ["Links:TotalTimeout"] = "00:00:03",
        ["Links:RetryDelay"] = "00:00:00.050",
    });

    private LoopbackSite _site = null!;
    private WebApplicationFactory<Program> _factory = null!;

    public async Task InitializeAsync()
    {
        _site = await FeedFixtureSite.StartAsync();
        _factory = _app;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _app.Dispose();
    }

    private FeedPoller Poller => _factory.Services.GetRequiredService<FeedPoller>();

    private FeedSubscriptions Subscriptions => _factory.Services.GetRequiredService<FeedSubscriptions>();

    private PeaceTalksDbContext Db() => _factory.Services.GetRequiredService<IDbContextFactory<PeaceTalksDbContext>>().CreateDbContext();

    private async Task<Feed> AddAsync(string path, string? outlet = null) =>
        (await Subscriptions.AddAsync(_site.Url(path), name: null, outlet, intervalMinutes: 30, origin: "command")).Feed!;

    [Fact]
    public async Task An_rss_feed_imports_each_item_from_its_full_content_or_its_page_and_counts_them_as_feed_items()
    {
        var feed = await AddAsync("/rss.xml");

        var result = await Poller.PollAsync(feed);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Report.Imported);
        Assert.All(result.Report.Results, r => Assert.Equal(ImportSourceKind.FeedItem, r.Source));
        Assert.Contains("2 feed items", result.Report.Summary, StringComparison.Ordinal);
        await using var db = Db();
        var articles = await db.Articles.Include(a => a.Paragraphs).OrderBy(a => a.Id).ToListAsync();
        var fromContent = Assert.Single(articles, a => a.Title == "Envoys Trade Drafts in Istanbul");
        Assert.Equal(_site.Url("/stories/istanbul"), fromContent.SourceUrl);
        Assert.Contains(fromContent.Paragraphs, p => p.Text == "Both sides said the talks would resume.");
        Assert.Equal(0, _site.HitsOn("/stories/istanbul")); // the full content was used, the page never fetched
        Assert.Single(articles, a => a.SourceUrl == _site.Url("/article"));
        Assert.Equal(1, _site.HitsOn("/article"));
    }

    [Fact]
    public async Task A_second_poll_sends_the_etag_gets_304_and_never_imports_an_item_twice()
    {
        var feed = await AddAsync("/rss.xml");
        await Poller.PollAsync(feed);

        var again = await Poller.PollDueAsync(all: true);

        Assert.True(Assert.Single(again).NotModified);
        await using var db = Db();
        var stored = await db.Feeds.SingleAsync();
        Assert.Equal(FeedFixtureSite.ETag, stored.ETag);
        Assert.Equal(2, stored.ItemsImported);
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.Equal(2, await db.FeedItems.CountAsync());
    }

    [Fact]
    public async Task Items_already_seen_are_skipped_even_when_the_feed_comes_back_in_full()
    {
        var feed = await AddAsync("/rss.xml");
        await Poller.PollAsync(feed);
        await using (var db = Db())
        {
            // Forget the validators, as if the server had dropped its ETag: the whole feed comes back.
            await db.Feeds.ExecuteUpdateAsync(f => f.SetProperty(x => x.ETag, (string?)null));
        }

        var again = await Poller.PollAsync((await Subscriptions.ListAsync()).Single());

        Assert.False(again.NotModified);
        Assert.Empty(again.Report.Results);
        await using var check = Db();
        Assert.Equal(2, await check.Articles.CountAsync());
    }

    [Theory]
    [InlineData("/atom.xml", "Kyiv Studies the Offer", "Officials in Kyiv studied the offer overnight.")]
    [InlineData("/feed.json", "Moscow Sets Conditions", "Moscow set out its conditions for a ceasefire.")]
    public async Task Atom_and_json_feeds_are_read_too(string path, string title, string paragraph)
    {
        var result = await Poller.PollAsync(await AddAsync(path));

        Assert.Null(result.Error);
        Assert.Equal(1, result.Report.Imported);
        await using var db = Db();
        var article = await db.Articles.Include(a => a.Paragraphs).SingleAsync();
        Assert.Equal(title, article.Title);
        Assert.Equal(paragraph, Assert.Single(article.Paragraphs).Text);
    }

    [Fact]
    public async Task A_feeds_configured_outlet_is_given_to_its_articles()
    {
        await Poller.PollAsync(await AddAsync("/feed.json", outlet: "Fixture Wire"));

        await using var db = Db();
        Assert.Equal("Fixture Wire", await db.Articles.Select(a => a.Outlet).SingleAsync());
    }

    [Fact]
    public async Task Failing_feeds_record_their_error_and_back_off_while_a_good_feed_in_the_same_round_imports()
    {
        string[] broken = ["/broken.xml", "/gone.xml", "/error.xml", "/slow.xml", "/huge.xml"];
        foreach (var path in broken)
        {
            await AddAsync(path);
        }

        await AddAsync("/feed.json");
        var before = DateTimeOffset.UtcNow;

        var results = await Poller.PollDueAsync();

        Assert.Equal(1, Assert.Single(results, r => r.FeedUrl.EndsWith("/feed.json", StringComparison.Ordinal)).Report.Imported);
        await using var db = Db();
        var feeds = await db.Feeds.ToDictionaryAsync(f => new Uri(f.Url).AbsolutePath);
        Assert.Contains("not a valid feed", feeds["/broken.xml"].LastError, StringComparison.Ordinal);
        Assert.Equal("HTTP 404 Not Found", feeds["/gone.xml"].LastError);
        Assert.Equal("HTTP 500 Internal Server Error", feeds["/error.xml"].LastError);
        Assert.Contains("timed out", feeds["/slow.xml"].LastError, StringComparison.Ordinal);
        Assert.Contains("over the 2,097,152-byte limit", feeds["/huge.xml"].LastError, StringComparison.Ordinal);
        Assert.All(broken, path =>
        {
            var feed = feeds[path];
            Assert.Equal(1, feed.ConsecutiveFailures);
            Assert.Null(feed.LastSuccessAt);
            Assert.NotNull(feed.LastFetchAt);
            // Backed off: the next try is later than the normal 30-minute interval.
            Assert.True(feed.NextFetchAt > before + TimeSpan.FromMinutes(59), $"{path} next fetch {feed.NextFetchAt}");
        });
        Assert.Null(feeds["/feed.json"].LastError);
        Assert.NotNull(feeds["/feed.json"].LastSuccessAt);
    }

    [Fact]
    public async Task A_feed_that_is_not_due_is_not_polled()
    {
        var feed = await AddAsync("/feed.json");
        await Poller.PollAsync(feed);

        var second = await Poller.PollDueAsync();

        Assert.Empty(second);
        Assert.Equal(1, _site.HitsOn("/feed.json"));
    }

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 120)]
    [InlineData(3, 240)]
    [InlineData(10, 360)]
    public void Each_failure_in_a_row_doubles_the_wait_up_to_the_cap(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), FeedPoller.Backoff(TimeSpan.FromMinutes(30), failures, TimeSpan.FromHours(6)));
}
