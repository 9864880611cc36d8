using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake.Sources.Links;

/// <summary>The pages links are fetched from in the tests, good and broken.</summary>
public static class LinkFixtureSite
{
    public const string Title = "Talks Resume in Geneva";

    public static string Article(string canonical = "/article", string extra = "") => Fixture.Page(
        Title,
        "<p>The delegations met on Monday in Geneva.</p><p>Officials from Kyiv and Moscow studied the draft.</p>" + extra,
        canonical);

    public static Task<LoopbackSite> StartAsync() => LoopbackSite.StartAsync(app =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        app.MapGet("/article", (HttpContext c) => Fixture.Text(c, Article(), "text/html; charset=utf-8"));
        app.MapGet("/article-v2", (HttpContext c) => Fixture.Text(c, Article("/article-v2", "<p>A third paragraph was added.</p>"), "text/html; charset=utf-8"));
        app.MapGet("/article-copy", (HttpContext c) => Fixture.Text(c, Article(canonical: "/article", extra: "<p>Shared through a tracking link.</p>"), "text/html; charset=utf-8"));
        app.MapGet("/claims-other-site", (HttpContext c) => Fixture.Text(c, Article(canonical: "https://elsewhere.example/article"), "text/html; charset=utf-8"));
        app.MapGet("/report.pdf", (HttpContext c) => Fixture.Bytes(c, Encoding.ASCII.GetBytes("%PDF-1.7 ..."), "application/pdf"));
        app.MapGet("/missing", (HttpContext c) => Fixture.Text(c, "<html><body>Not here</body></html>", "text/html", 404));
        app.MapGet("/broken", (HttpContext c) => Fixture.Text(c, "<html><body>Oops</body></html>", "text/html", 500));
        app.MapGet("/slow", async (HttpContext c) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            await Fixture.Text(c, Article(), "text/html");
        });
        app.MapGet("/loop-a", (HttpContext c) => { c.Response.Redirect("/loop-b"); return Task.CompletedTask; });
        app.MapGet("/loop-b", (HttpContext c) => { c.Response.Redirect("/loop-a"); return Task.CompletedTask; });
        app.MapGet("/hop/{n:int}", (HttpContext c, int n) => { c.Response.Redirect(n == 0 ? "/article" : $"/hop/{n - 1}"); return Task.CompletedTask; });
        app.MapGet("/moved", (HttpContext c) => { c.Response.Redirect("/article", permanent: true); return Task.CompletedTask; });
        // Windows-1252 bytes (’ is 0x92) declared only by the page's meta tag.
        app.MapGet("/meta-charset", (HttpContext c) => Fixture.Bytes(c,
            Encoding.GetEncoding(1252).GetBytes(Fixture.Page("Kyiv’s Answer", "<p>Kyiv’s delegation said “no” to the draft.</p>").Replace("utf-8", "windows-1252", StringComparison.Ordinal)),
            "text/html"));
        // The header says UTF-8; the bytes are Windows-1252.
        app.MapGet("/wrong-charset", (HttpContext c) => Fixture.Bytes(c,
            Encoding.GetEncoding(1252).GetBytes(Fixture.Page("Kyiv’s Answer", "<p>Kyiv’s delegation said “no” to the draft.</p>").Replace("<meta charset=\"utf-8\">", "", StringComparison.Ordinal)),
            "text/html; charset=utf-8"));
        app.MapGet("/unknown-charset", (HttpContext c) => Fixture.Text(c, Fixture.Page("Kyiv’s Answer", "<p>Kyiv’s delegation said “no”.</p>"), "text/html; charset=x-made-up"));
        // 10 MB, once with its length declared and once streamed without one (the limit must hold on the bytes read).
        app.MapGet("/huge", (HttpContext c) => Fixture.Text(c, Fixture.Page(Title, "<p>" + new string('x', 10 * 1024 * 1024) + "</p>"), "text/html"));
        app.MapGet("/huge-streamed", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            for (var i = 0; i < 160 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            }
        });
    });
}
