using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PeaceTalksTracker.Tests.Intake.Sources.Links;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake.Sources.Feeds;

/// <summary>Feeds in each format, and broken ones, served by a real loopback server.</summary>
public static class FeedFixtureSite
{
    public const string ETag = "\"rss-v1\"";

    public static string Rss(string baseUrl) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Fixture News</title>
            <link>{baseUrl}</link>
            <description>Talks coverage</description>
            <item>
              <title>Envoys Trade Drafts in Istanbul</title>
              <link>{baseUrl}stories/istanbul</link>
              <guid isPermaLink="false">fixture-1</guid>
              <pubDate>Wed, 03 Dec 2025 10:00:00 GMT</pubDate>
              <description>A short teaser.</description>
              <content:encoded><![CDATA[<p>Envoys traded drafts in Istanbul on Wednesday.</p><p>Both sides said the talks would resume.</p>]]></content:encoded>
            </item>
            <item>
              <title>{LinkFixtureSite.Title}</title>
              <link>{baseUrl}article</link>
              <guid>{baseUrl}article</guid>
              <description>Only a teaser: the page has the article.</description>
            </item>
          </channel>
        </rss>
        """;

    public static string Atom(string baseUrl) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Fixture Atom</title>
          <id>urn:fixture:atom</id>
          <updated>2025-12-04T09:00:00Z</updated>
          <entry>
            <title>Kyiv Studies the Offer</title>
            <id>urn:fixture:atom:1</id>
            <link href="{baseUrl}stories/kyiv"/>
            <updated>2025-12-04T09:00:00Z</updated>
            <content type="html">&lt;p&gt;Officials in Kyiv studied the offer overnight.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    public static string Json(string baseUrl) => $$"""
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Fixture JSON",
          "items": [
            {
              "id": "json-1",
              "url": "{{baseUrl}}stories/moscow",
              "title": "Moscow Sets Conditions",
              "content_html": "<p>Moscow set out its conditions for a ceasefire.</p>",
              "date_published": "2025-12-05T08:00:00Z"
            }
          ]
        }
        """;

    public static Task<LoopbackSite> StartAsync() => LoopbackSite.StartAsync(app =>
    {
        string Base(HttpContext c) => $"{c.Request.Scheme}://{c.Request.Host}/";
        app.MapGet("/article", (HttpContext c) => Fixture.Text(c, LinkFixtureSite.Article(), "text/html; charset=utf-8"));
        app.MapGet("/rss.xml", (HttpContext c) =>
        {
            if (c.Request.Headers.IfNoneMatch.ToString() == ETag)
            {
                c.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            c.Response.Headers.ETag = ETag;
            return Fixture.Text(c, Rss(Base(c)), "application/rss+xml; charset=utf-8");
        });
        app.MapGet("/atom.xml", (HttpContext c) => Fixture.Text(c, Atom(Base(c)), "application/atom+xml"));
        app.MapGet("/feed.json", (HttpContext c) => Fixture.Text(c, Json(Base(c)), "application/feed+json"));
        app.MapGet("/broken.xml", (HttpContext c) => Fixture.Text(c, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off<item><title>", "application/rss+xml"));
        app.MapGet("/gone.xml", (HttpContext c) => Fixture.Text(c, "not here", "text/plain", 404));
        app.MapGet("/error.xml", (HttpContext c) => Fixture.Text(c, "oops", "text/plain", 500));
        app.MapGet("/slow.xml", async (HttpContext c) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            await Fixture.Text(c, Rss(Base(c)), "application/rss+xml");
        });
        app.MapGet("/huge.xml", (HttpContext c) => Fixture.Text(c, Rss(Base(c)).Replace("A short teaser.", new string('x', 3 * 1024 * 1024), StringComparison.Ordinal), "application/rss+xml"));
    });
}
