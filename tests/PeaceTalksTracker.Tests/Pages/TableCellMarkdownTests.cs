using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages;

/// <summary>
/// Issue 16.7: Markdown in a table cell follows the paragraphs' rule. Before, <c>![p](/api/search?q=zzz)</c> in a cell
/// became a live &lt;img&gt; that made every reader's browser run a search chosen by the article's author.
/// </summary>
public sealed class TableCellMarkdownTests : IDisposable
{
    private const string Article = """
        Envoys Compare Positions in Geneva

        The delegations set out their positions in a table handed to reporters on Friday afternoon.

        | Side | Position |
        |---|---|
        | Kyiv ![p](/api/search?q=zzz) | **b** and [x](https://example.com/x) |
        | Moscow | ![q](https://tracker.example/pixel.gif) |

        Talks resume next week.
        """;

    private readonly TempFolder _seeds = new();
    private readonly PeaceTalksApp _app;
    private readonly HttpClient _client;

    public TableCellMarkdownTests()
    {
        _seeds.File("table.txt", Article);
        _app = new PeaceTalksApp(_seeds.Path);
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task A_table_cell_never_makes_the_readers_browser_request_anything()
    {
        var html = await ArticleHtmlAsync();
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(document.QuerySelectorAll("[src]"), e => e.GetAttribute("src")!.Contains("search", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_text_articles_table_cells_show_what_the_author_wrote()
    {
        var table = new HtmlParser().ParseDocument(await ArticleHtmlAsync()).QuerySelector(".body table")!;

        Assert.Contains("![p](/api/search?q=zzz)", table.TextContent, StringComparison.Ordinal);
        Assert.Contains("**b** and [x](https://example.com/x)", table.TextContent, StringComparison.Ordinal);
        Assert.Empty(table.QuerySelectorAll("strong, em"));

        // The bare address left in the text is the one link a cell may show, and it is marked as untrusted.
        Assert.All(table.QuerySelectorAll("a"), a => Assert.Equal("nofollow noopener noreferrer", a.GetAttribute("rel")));
    }

    [Fact]
    public void The_renderer_turns_an_image_in_a_cell_into_its_alt_text_and_marks_links_nofollow()
    {
        var html = new PeaceTalksTracker.Articles.ArticleRenderer().ToHtml("| a | b |\n|---|---|\n| ![alt words](/api/search?q=zzz) | [x](https://example.com/x) |");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("alt words", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com/x\" rel=\"nofollow noopener noreferrer\">x</a>", html, StringComparison.Ordinal);
    }

    private async Task<string> ArticleHtmlAsync()
    {
        var list = new HtmlParser().ParseDocument(await _client.GetStringAsync("/"));
        var href = Assert.Single(list.QuerySelectorAll(".article-title a")).GetAttribute("href")!;
        return await _client.GetStringAsync(href);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _seeds.Dispose();
    }
}
