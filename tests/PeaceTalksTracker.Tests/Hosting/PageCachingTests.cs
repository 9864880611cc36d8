using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

public sealed class PageCachingTests
{
    [Fact]
    public async Task An_article_imported_after_the_list_was_cached_shows_on_the_next_request()
    {
        using var seeds = new TempFolder();
        seeds.File("first.txt", "Envoys meet in Geneva\n\nNegotiators from both sides met in Geneva for a first round.\n");
        using var app = new PeaceTalksApp(seeds.Path);
        using var client = app.CreateClient();
        var before = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Envoys meet in Geneva", before, StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        using var more = new TempFolder();
        more.File("second.txt", "Talks resume in Riyadh\n\nDelegations returned to Riyadh for a second round of talks.\n");
        await app.Services.GetRequiredService<ArticleImporter>().ImportAsync([more.Path]);

        var after = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("Talks resume in Riyadh", after, StringComparison.Ordinal);
        var search = await client.GetStringAsync(new Uri("/search?q=riyadh", UriKind.Relative));
        Assert.Contains("Talks resume in", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_asked_for_with_brotli_or_gzip_comes_compressed_and_reads_the_same()
    {
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();
        var plain = await client.GetStringAsync(new Uri("/search?q=talks", UriKind.Relative));

        foreach (var (encoding, open) in new (string, Func<Stream, Stream>)[]
                 {
                     ("br", s => new BrotliStream(s, CompressionMode.Decompress)),
                     ("gzip", s => new GZipStream(s, CompressionMode.Decompress)),
                 })
        {
            // Twice: the second answer comes from the cache and must carry the same encoding.
            for (var i = 0; i < 2; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=talks");
                request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
                using var response = await client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
                await using var body = open(await response.Content.ReadAsStreamAsync());
                using var text = new StreamReader(body);
                Assert.Equal(plain, await text.ReadToEndAsync());
            }
        }
    }

    [Fact]
    public async Task A_page_that_is_not_found_is_not_kept()
    {
        using var seeds = new TempFolder();
        using var app = new PeaceTalksApp(seeds.Path);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/articles/talks-resume-in-riyadh", UriKind.Relative))).StatusCode);

        seeds.File("second.txt", "Talks resume in Riyadh\n\nDelegations returned to Riyadh for a second round of talks.\n");
        await app.Services.GetRequiredService<ArticleImporter>().ImportAsync([seeds.Path]);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/articles/talks-resume-in-riyadh", UriKind.Relative))).StatusCode);
    }
}
