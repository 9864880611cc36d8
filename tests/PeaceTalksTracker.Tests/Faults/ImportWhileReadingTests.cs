using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Faults;

/// <summary>
/// An import running while readers read: every request succeeds, and every article a reader gets is whole
/// (the version its title names, with exactly that version's paragraphs), never half-written.
/// </summary>
public sealed partial class ImportWhileReadingTests : IDisposable
{
    private const int Articles = 60;
    private readonly TempFolder _folder = new();
    private readonly PeaceTalksApp _app = new();

    [Fact]
    public async Task Readers_never_fail_nor_see_a_half_imported_article_while_a_folder_is_imported_and_updated()
    {
        using var client = _app.CreateClient();
        var importer = _app.Services.GetRequiredService<ArticleImporter>();
        var parser = _app.Services.GetRequiredService<ArticleParser>();
        var folder = Path.Combine(_folder.Path, "incoming");
        var expectedParagraphs = new Dictionary<string, int>();
        foreach (var version in new[] { 1, 2 })
        {
            for (var i = 0; i < Articles; i++)
            {
                var text = GeneratedArticles.Text(i, version);
                expectedParagraphs[parser.Parse(text).Title] = parser.Parse(text).Paragraphs.Count;
            }
        }

        var failures = new ConcurrentQueue<string>();
        var checkedArticles = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            var random = new Random(r);
            while (!stop.IsCancellationRequested)
            {
                checkedArticles += await ReadOnceAsync(client, random, expectedParagraphs, failures);
            }
        })).ToList();

        // New articles, then every one of them rewritten with more paragraphs (updates replace the children in place).
        GeneratedArticles.Write(folder, Articles, version: 1);
        var first = await importer.ImportAsync([folder]);
        GeneratedArticles.Write(folder, Articles, version: 2);
        var second = await importer.ImportAsync([folder]);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(Articles, first.Imported);
        Assert.Equal(Articles, second.Updated);
        Assert.True(failures.IsEmpty, string.Join('\n', failures.Take(20)));
        Assert.True(checkedArticles > 0, "the readers checked no generated article while the import ran");
    }

    private static async Task<int> ReadOnceAsync(HttpClient client, Random random, Dictionary<string, int> expectedParagraphs, ConcurrentQueue<string> failures)
    {
        var list = await client.GetAsync("/");
        if (!list.IsSuccessStatusCode)
        {
            failures.Enqueue($"GET / answered {(int)list.StatusCode}");
        }

        var articles = await client.GetFromJsonAsync<List<Summary>>("/api/articles") ?? [];
        var generated = articles.Where(a => expectedParagraphs.ContainsKey(a.Title)).ToList();
        var checkedCount = 0;
        foreach (var article in generated.OrderBy(_ => random.Next()).Take(5))
        {
            var page = await client.GetAsync($"/articles/{article.Slug}");
            if (!page.IsSuccessStatusCode)
            {
                failures.Enqueue($"GET /articles/{article.Slug} answered {(int)page.StatusCode}");
                continue;
            }

            var detail = await client.GetFromJsonAsync<Detail>($"/api/articles/{article.Slug}");
            if (detail is null || !expectedParagraphs.TryGetValue(detail.Title, out var expected))
            {
                failures.Enqueue($"/api/articles/{article.Slug} returned an unknown article '{detail?.Title}'");
                continue;
            }

            if (detail.Paragraphs.Count != expected)
            {
                failures.Enqueue($"'{detail.Title}' was read with {detail.Paragraphs.Count} paragraphs; that version has {expected}");
            }

            // The page and the API must agree on the same version: the page's body shows the version's last paragraph.
            var html = await page.Content.ReadAsStringAsync();
            var shown = ParagraphNumbers().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
            // The version the page's own heading names (the page also lists other articles' titles).
            var heading = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent ?? "";
            var pageTitleVersion = heading.Contains(" version 2", StringComparison.Ordinal) ? 2 : 1;
            var pageExpected = GeneratedArticles.ParagraphCount(int.Parse(ArticleNumber().Match(detail.Title).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), pageTitleVersion);
            if (shown != pageExpected)
            {
                failures.Enqueue($"the page of '{article.Slug}' showed {shown} paragraphs for version {pageTitleVersion}, which has {pageExpected}");
            }

            checkedCount++;
        }

        return checkedCount;
    }

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }

    [GeneratedRegex(@"Paragraph (\d+)\.")]
    private static partial Regex ParagraphNumbers();

    [GeneratedRegex(@"Generated article (\d+) version")]
    private static partial Regex ArticleNumber();

    private sealed record Summary(string Slug, string Title);

    private sealed record Detail(string Slug, string Title, List<Paragraph> Paragraphs);

    private sealed record Paragraph(int Index, string Text);
}
