using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Sources.Links;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake.Sources.Links;

/// <summary>Links fetched from a real loopback server, good and broken, through the real app's importer and store.</summary>
public sealed class LinkImportTests : IAsyncLifetime
{
    private readonly PeaceTalksApp _app = new(settings: new Dictionary<string, string?>
    {
        ["Import:ImportSeedsOnStart"] = "false",
        ["Import:MaxFileBytes"] = "2097152",
        ["Feeds:Polling"] = "false",
        // Short limits, so the 30-second page and the retries take seconds, not minutes (3 s a try, not 1: on the
        // loaded machine the 10 MB fixture page alone took more than a second to start).
        ["Links:AttemptTimeout"] = "00:00:03",
        ["Links:TotalTimeout"] = "00:00:08",
        ["Links:RetryDelay"] = "00:00:00.050",
        ["Links:Retries"] = "2",
    });

    private LoopbackSite _site = null!;
    private WebApplicationFactory<Program> _factory = null!;

    public async Task InitializeAsync()
    {
        _site = await LinkFixtureSite.StartAsync();
        _factory = _app;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _app.Dispose();
    }

    private LinkImporter Links => _factory.Services.GetRequiredService<LinkImporter>();

    private PeaceTalksDbContext Db() => _factory.Services.GetRequiredService<IDbContextFactory<PeaceTalksDbContext>>().CreateDbContext();

    [Fact]
    public async Task A_link_is_fetched_and_stored_as_an_article_with_its_source_url()
    {
        var url = _site.Url("/article");

        var result = await Links.ImportAsync(url);

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        Assert.Equal(ImportSourceKind.Link, result.Source);
        await using var db = Db();
        var article = await db.Articles.Include(a => a.Paragraphs).SingleAsync();
        Assert.Equal(LinkFixtureSite.Title, article.Title);
        Assert.Equal(url, article.SourceUrl);
        Assert.Equal(url, article.SourcePath);
        Assert.Contains(article.Paragraphs, p => p.Text.Contains("delegations met on Monday", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_request_names_the_app_in_its_user_agent()
    {
        string? userAgent = null;
        await using var site = await LoopbackSite.StartAsync(app => app.MapGet("/ua", (Microsoft.AspNetCore.Http.HttpContext c) =>
        {
            userAgent = c.Request.Headers.UserAgent.ToString();
            return Fixture.Text(c, LinkFixtureSite.Article(), "text/html");
        }));

        await Links.ImportAsync(site.Url("/ua"));

        Assert.StartsWith("PeaceTalksTracker/", userAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_importing_the_same_link_leaves_one_article_unchanged_and_a_changed_page_updates_it_in_place()
    {
        var first = await Links.ImportAsync(_site.Url("/article"));
        var again = await Links.ImportAsync(_site.Url("/article#comments"));

        Assert.Equal(ImportOutcome.Imported, first.Outcome);
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.Slug, again.Slug);
        await using var db = Db();
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_link_whose_page_declares_an_imported_canonical_url_updates_that_article_instead_of_adding_one()
    {
        var first = await Links.ImportAsync(_site.Url("/article"));
        var copy = await Links.ImportAsync(_site.Url("/article-copy?utm_source=feed"));

        Assert.Equal(ImportOutcome.Updated, copy.Outcome);
        Assert.Equal(first.Slug, copy.Slug);
        await using var db = Db();
        var article = await db.Articles.Include(a => a.Paragraphs).SingleAsync();
        Assert.Equal(_site.Url("/article"), article.SourceUrl);
        Assert.Contains(article.Paragraphs, p => p.Text.Contains("tracking link", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirect_is_followed_and_the_article_is_known_by_the_address_it_ends_at()
    {
        var viaRedirects = await Links.ImportAsync(_site.Url("/hop/3"));
        var direct = await Links.ImportAsync(_site.Url("/article"));

        Assert.Equal(ImportOutcome.Imported, viaRedirects.Outcome);
        Assert.Equal(ImportOutcome.Unchanged, direct.Outcome);
        Assert.Equal(viaRedirects.Slug, direct.Slug);
    }

    [Fact]
    public async Task A_canonical_url_on_another_site_is_ignored_so_a_page_cannot_overwrite_another_sites_article()
    {
        await Links.ImportAsync(_site.Url("/claims-other-site"));

        await using var db = Db();
        Assert.Equal(_site.Url("/claims-other-site"), await db.Articles.Select(a => a.SourceUrl).SingleAsync());
    }

    [Fact]
    public async Task Two_pages_of_a_site_whose_og_url_is_its_home_page_stay_two_articles()
    {
        // Sites fill og:url (or JSON-LD url) with their home page; taken as canonical it would make one article of all.
        static string Page(string title, string text) =>
            Fixture.Page(title, $"<p>{text}</p><p>Officials from Kyiv and Moscow studied the draft.</p>").Replace("</head>", "<meta property=\"og:url\" content=\"/\"></head>", StringComparison.Ordinal);
        await using var site = await LoopbackSite.StartAsync(app =>
        {
            app.MapGet("/news/one", (Microsoft.AspNetCore.Http.HttpContext c) => Fixture.Text(c, Page("Talks Resume in Geneva", "The delegations met on Monday in Geneva."), "text/html"));
            app.MapGet("/news/two", (Microsoft.AspNetCore.Http.HttpContext c) => Fixture.Text(c, Page("Envoys Leave Riyadh", "The envoys left Riyadh on Tuesday without a deal."), "text/html"));
        });

        var one = await Links.ImportAsync(site.Url("/news/one"));
        var two = await Links.ImportAsync(site.Url("/news/two"));

        Assert.Equal(ImportOutcome.Imported, one.Outcome);
        Assert.Equal(ImportOutcome.Imported, two.Outcome);
        await using var db = Db();
        Assert.Equal([site.Url("/news/one"), site.Url("/news/two")], await db.Articles.OrderBy(a => a.Id).Select(a => a.SourceUrl).ToListAsync());
    }

    [Theory]
    [InlineData("<meta property=\"og:site_name\" content=\"Thomson Reuters\">", "Talks Resume in Geneva", "Reuters")]
    [InlineData("<link rel=\"canonical\" href=\"https://www.aljazeera.com/news/2026/12/1/talks-resume\">", "Talks Resume in Geneva", "Al Jazeera")]
    public async Task A_fetched_page_is_cleaned_like_the_same_page_saved_outlet_and_title_included(string meta, string title, string outlet)
    {
        var html = Fixture.Page(title, "<p>The delegations met on Monday in Geneva.</p><p>Officials from Kyiv and Moscow studied the draft.</p>")
            .Replace("</head>", meta + "</head>", StringComparison.Ordinal);
        await using var site = await LoopbackSite.StartAsync(app =>
            app.MapGet("/page", (Microsoft.AspNetCore.Http.HttpContext c) => Fixture.Text(c, html, "text/html; charset=utf-8")));
        using var folder = new TempFolder();

        var link = await Links.ImportAsync(site.Url("/page"));
        // Saved with a paragraph more, so it is an article of its own (the same text would be merged as a duplicate).
        var savedHtml = html.Replace("</article>", "<p>Saved by a reader on Tuesday.</p></article>", StringComparison.Ordinal);
        var saved = await _factory.Services.GetRequiredService<ArticleImporter>().ImportFileAsync(folder.File("page.html", savedHtml));

        Assert.Equal(ImportOutcome.Imported, link.Outcome);
        Assert.Equal(ImportOutcome.Imported, saved.Outcome);
        await using var db = Db();
        var fetched = await db.Articles.SingleAsync(a => a.Slug == link.Slug);
        var file = await db.Articles.SingleAsync(a => a.Slug == saved.Slug);
        Assert.Equal(outlet, fetched.Outlet);
        Assert.Equal("Talks Resume in Geneva", fetched.Title);
        Assert.Equal((file.Outlet, file.Title), (fetched.Outlet, fetched.Title));
    }

    [Fact]
    public async Task A_saved_file_with_a_stored_pages_text_is_never_taken_for_the_page_moved()
    {
        using var folder = new TempFolder();
        var page = await Links.ImportAsync(_site.Url("/article"));
        var saved = folder.File("article.html", LinkFixtureSite.Article());

        var file = await _factory.Services.GetRequiredService<ArticleImporter>().ImportFileAsync(saved);

        // The same text: merged as another source of the page's article (cleaning's duplicate rule), never an update.
        Assert.NotEqual(ImportOutcome.Updated, file.Outcome);
        Assert.DoesNotContain("moved from", file.Note ?? "", StringComparison.Ordinal);
        await using var db = Db();
        var article = await db.Articles.SingleAsync(a => a.Slug == page.Slug);
        Assert.Equal(_site.Url("/article"), article.SourcePath);
    }

    [Theory]
    [InlineData("/report.pdf", "not a web page: the server sent application/pdf")]
    [InlineData("/missing", "HTTP 404 Not Found")]
    [InlineData("/broken", "HTTP 500 Internal Server Error")]
    [InlineData("/loop-a", "redirect loop: ")]
    [InlineData("/hop/9", "more than 5 redirects")]
    [InlineData("/slow", "timed out")]
    [InlineData("/huge", "response is 10,485,")]
    [InlineData("/huge-streamed", "response is over the 2,097,152-byte limit")]
    public async Task A_broken_link_is_rejected_on_one_clear_line(string path, string reason)
    {
        var result = await Links.ImportAsync(_site.Url(path));

        Assert.Equal(ImportOutcome.Rejected, result.Outcome);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.ToString());
        await using var db = Db();
        Assert.Equal(0, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_server_error_is_retried_a_few_times_with_back_off_and_a_404_is_not()
    {
        await Links.ImportAsync(_site.Url("/broken"));
        await Links.ImportAsync(_site.Url("/missing"));

        Assert.Equal(3, _site.HitsOn("/broken"));
        Assert.Equal(1, _site.HitsOn("/missing"));
    }

    [Fact]
    public async Task A_connection_refused_and_a_tls_failure_are_each_one_line()
    {
        var refused = await Links.ImportAsync("http://127.0.0.1:1/article");
        // A TLS handshake against a plain HTTP server fails in the handshake.
        var tls = await Links.ImportAsync(_site.Url("/article").Replace("http://", "https://", StringComparison.Ordinal));

        Assert.Equal(ImportOutcome.Rejected, refused.Outcome);
        Assert.StartsWith("cannot connect", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Rejected, tls.Outcome);
        Assert.Contains("TLS", tls.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/meta-charset", null)]
    [InlineData("/wrong-charset", "not valid utf-8 as the Content-Type header says")]
    [InlineData("/unknown-charset", "unknown charset 'x-made-up'")]
    public async Task The_charset_comes_from_the_header_or_the_page_and_a_wrong_one_falls_back_with_a_note(string path, string? note)
    {
        var result = await Links.ImportAsync(_site.Url(path));

        Assert.Equal(ImportOutcome.Imported, result.Outcome);
        await using var db = Db();
        var article = await db.Articles.Include(a => a.Paragraphs).SingleAsync();
        Assert.Equal("Kyiv’s Answer", article.Title);
        Assert.Contains("Kyiv’s delegation said “no”", article.Paragraphs[0].Text, StringComparison.Ordinal);
        if (note is null)
        {
            Assert.Null(article.EncodingNote);
        }
        else
        {
            Assert.Contains(note, article.EncodingNote, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_list_of_links_is_read_one_a_line_and_a_bad_line_is_named_while_the_rest_continue()
    {
        using var folder = new TempFolder();
        var list = folder.File("urls.txt", $"# coverage to read\n{_site.Url("/article")}\n\nftp://example.com/x\n{_site.Url("/missing")}\n");
        var rejected = new List<ImportResult>();

        var urls = Links.ReadList(list, rejected);

        Assert.Equal([_site.Url("/article"), _site.Url("/missing")], urls);
        var bad = Assert.Single(rejected);
        Assert.EndsWith("urls.txt:4", bad.Path, StringComparison.Ordinal);
        Assert.Contains("not an http(s) address", bad.Reason, StringComparison.Ordinal);
    }
}
