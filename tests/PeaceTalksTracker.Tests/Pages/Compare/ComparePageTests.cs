using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Compare;

/// <summary>The compare page over the seeds as imported and tagged; these tests only read, so they share one app.</summary>
public sealed class ComparePageTests(ComparePageTests.SeedsApp seeds) : IClassFixture<ComparePageTests.SeedsApp>
{
    private readonly PeaceTalksApp _app = seeds.App;
    private readonly HttpClient _client = seeds.Client;
    private readonly CompareStore _store = new(seeds.App);

    public sealed class SeedsApp : IDisposable
    {
        public SeedsApp() => Client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        public PeaceTalksApp App { get; } = new();

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            App.Dispose();
        }
    }

    [Theory]
    [InlineData("000", "001")]
    [InlineData("002", "004")]
    [InlineData("003", "000")]
    public async Task Comparing_two_seeds_shows_every_stakeholder_either_mentions_and_marks_those_only_one_mentions(string seedA, string seedB)
    {
        var (mentionsA, _) = _store.Profile(seedA);
        var (mentionsB, _) = _store.Profile(seedB);
        var document = await GetPageAsync(Url(seedA, seedB));

        var rows = document.QuerySelectorAll(".mirror-chart tbody tr")
            .ToDictionary(r => r.QuerySelector("th a")!.TextContent.Trim(), r => r);
        var ids = mentionsA.Keys.Union(mentionsB.Keys).Where(id => mentionsA.GetValueOrDefault(id) + mentionsB.GetValueOrDefault(id) > 0).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, rows.Count);
        foreach (var id in ids)
        {
            var row = rows[StakeholderName(id)];
            var a = mentionsA.GetValueOrDefault(id);
            var b = mentionsB.GetValueOrDefault(id);
            Assert.Equal(a.ToString(CultureInfo.InvariantCulture), row.QuerySelector(".bar-a .count")!.TextContent);
            Assert.Equal(b.ToString(CultureInfo.InvariantCulture), row.QuerySelector(".bar-b .count")!.TextContent);
            var mark = row.QuerySelector(".only")?.TextContent;
            Assert.Equal(a > 0 && b == 0 ? "only in A" : b > 0 && a == 0 ? "only in B" : null, mark);
        }
    }

    [Theory]
    [InlineData("000", "001")]
    [InlineData("002", "004")]
    public async Task Comparing_two_seeds_shows_every_theme_either_covers_with_its_share_on_each_side(string seedA, string seedB)
    {
        var (_, sharesA) = _store.Profile(seedA);
        var (_, sharesB) = _store.Profile(seedB);
        var document = await GetPageAsync(Url(seedA, seedB));

        var rows = document.QuerySelectorAll(".themes-chart tbody tr").ToDictionary(r => r.QuerySelector("th a")!.TextContent.Trim(), r => r);
        var ids = sharesA.Keys.Union(sharesB.Keys).ToList();
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var cells = rows[ThemeName(id)].QuerySelectorAll("td .count").Select(c => c.TextContent).ToList();
            Assert.Equal([Percent(sharesA.GetValueOrDefault(id)), Percent(sharesB.GetValueOrDefault(id))], cells);
        }
    }

    [Fact]
    public async Task Shows_both_titles_and_a_swap_link_with_a_and_b_exchanged()
    {
        var document = await GetPageAsync(Url("000", "004"));

        var titles = document.QuerySelectorAll(".compare-heads h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal("High Stakes but Low Expectations for Ukraine Talks with Russia and the United States", titles[0]);
        Assert.Equal(2, titles.Count);
        var swap = document.QuerySelector("a.swap")!.GetAttribute("href");
        Assert.Equal(Url("004", "000"), swap);
    }

    [Fact]
    public async Task Aligned_passages_pair_the_hand_checked_paragraphs_highlight_shared_words_and_link_to_them()
    {
        var indexA = _store.ParagraphIndex("000", "Ukraine insists on the restoration");
        var indexB = _store.ParagraphIndex("004", "Recent reporting from Reuters highlights");

        var document = await GetPageAsync(Url("000", "004"));

        // Long paragraphs are compared by sentence, long sentences also by clause: Russia's demands (recognition of
        // its gains, Ukraine kept out of NATO) are one of the points both make, in the clause of B's sentence after "while".
        var pair = document.QuerySelectorAll(".aligned-pairs .pair")
            .First(p => p.QuerySelectorAll(".side")[0].QuerySelector("a")?.GetAttribute("href") == $"/articles/{_store.Slug("000")}#p-{indexA}");
        var sides = pair.QuerySelectorAll(".side");
        Assert.Contains("recognition", sides[0].QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Contains("Russia insists on recognizing", sides[1].TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(sides[1].QuerySelectorAll("mark"));
        Assert.DoesNotContain("Ukraine", sides[0].QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal($"/articles/{_store.Slug("000")}#p-{indexA}", sides[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith($"/articles/{_store.Slug("004")}#p-", sides[1].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.True(indexB >= 0);
        // The answer at the top links to the point.
        Assert.Contains(document.QuerySelectorAll("#summary .answer-points a"), a => a.GetAttribute("href") == "#" + pair.Id);
        var similarity = double.Parse(pair.QuerySelector(".figure")!.TextContent, CultureInfo.InvariantCulture);
        Assert.InRange(similarity, 0.01, 1);
        Assert.NotEmpty(document.QuerySelectorAll("#only-a-heading"));
        Assert.NotNull(document.QuerySelector("#summary .verdict strong"));
        Assert.NotEmpty(document.QuerySelectorAll("#only-b-heading"));
    }

    [Fact]
    public async Task An_unknown_slug_gives_a_404_page_that_still_offers_the_pickers()
    {
        var response = await _client.GetAsync(Url("000", null) + "&b=no-such-article");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-article", document.QuerySelector(".compare-missing")!.TextContent);
        // The pickers show titles and submit slugs; the article found stays selected.
        var selected = document.QuerySelector("select#pick-a option[selected]")!;
        Assert.Equal(_store.Slug("000"), selected.GetAttribute("value"));
        Assert.StartsWith("High Stakes but Low Expectations", selected.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("form.compare-pickers select#pick-b"));
        Assert.Equal(5, document.QuerySelectorAll("select#pick-b optgroup[label='Most recent'] option").Length);
    }

    [Fact]
    public async Task A_slug_not_found_lists_articles_whose_title_contains_it_as_links_that_replace_that_side()
    {
        var response = await _client.GetAsync(Url("000", null) + "&b=Moscow%20Talk");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var suggestion = Assert.Single(document.QuerySelectorAll(".compare-missing .suggestions a"));
        Assert.Equal("Washington and Moscow Talk, but Peace in Ukraine Still Feels Far Away", suggestion.TextContent);
        Assert.Equal(Url("000", "003"), suggestion.GetAttribute("href"));
    }

    [Fact]
    public async Task What_only_one_side_covers_never_contradicts_the_note_under_it()
    {
        string[] seeds = ["000", "001", "002", "003", "004"];
        foreach (var a in seeds)
        {
            foreach (var b in seeds.Where(b => b != a))
            {
                var document = await GetPageAsync(Url(a, b));
                foreach (var section in document.QuerySelectorAll(".answer-only .side"))
                {
                    var lists = section.QuerySelectorAll("p:not(.empty)").Any(p => p.TextContent.StartsWith("Only ", StringComparison.Ordinal));
                    var note = section.QuerySelector("p.empty")?.TextContent ?? "";
                    // A side that covers a theme the other leaves out must not be said to cover none.
                    Assert.False(lists && note.Contains("covers no theme", StringComparison.Ordinal), $"{a} vs {b}: {section.TextContent}");
                    Assert.False(!lists && note.Contains("on them", StringComparison.Ordinal), $"{a} vs {b}: {section.TextContent}");
                }
            }
        }
    }

    [Theory]
    [InlineData("same")]
    [InlineData("one")]
    [InlineData("none")]
    public async Task The_same_article_twice_or_a_missing_side_gives_a_friendly_page_to_choose(string which)
    {
        var a = _store.Slug("000");
        var url = which switch
        {
            "same" => $"/compare?a={a}&b={a}",
            "one" => $"/compare?a={a}",
            _ => "/compare",
        };

        var response = await _client.GetAsync(url);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector(".compare-choose"));
        Assert.NotNull(document.QuerySelector("form.compare-pickers"));
        Assert.Empty(document.QuerySelectorAll(".compare-heads"));
        if (which == "same")
        {
            Assert.Contains("same article twice", document.QuerySelector(".compare-choose")!.TextContent);
        }
    }

    [Fact]
    public async Task Articles_picked_on_the_list_redirect_to_the_canonical_comparison()
    {
        var response = await _client.GetAsync($"/compare?pick={_store.Slug("002")}&pick={_store.Slug("003")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url("002", "003"), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_title_typed_in_a_picker_redirects_to_the_article_slug()
    {
        var response = await _client.GetAsync($"/compare?a={_store.Slug("002")}&b={Uri.EscapeDataString("Washington and Moscow Talk, but Peace in Ukraine Still Feels Far Away")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url("002", "003"), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Three_articles_are_compared_by_stakeholder_and_theme_in_columns()
    {
        var document = await GetPageAsync(Url("000", "001") + $"&c={_store.Slug("002")}");

        Assert.Equal(3, document.QuerySelectorAll(".compare-heads article").Length);
        Assert.Equal(["Stakeholder", "A", "B", "C"], document.QuerySelectorAll(".columns-chart thead th").Select(th => th.TextContent).ToList());
        Assert.Equal(["Theme", "A", "B", "C"], document.QuerySelectorAll(".themes-chart thead th").Select(th => th.TextContent).ToList());
        Assert.Empty(document.QuerySelectorAll("#aligned"));
    }

    [Fact]
    public async Task Four_articles_show_which_of_them_make_each_point_with_links_to_the_paragraphs()
    {
        var document = await GetPageAsync(Url("000", "001") + $"&c={_store.Slug("003")}&d={_store.Slug("004")}");

        var rows = document.QuerySelectorAll("#points .point-grid tbody tr").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var links = row.QuerySelectorAll("td a").ToList();
            Assert.True(links.Count >= 2, "A point in the grid is made by at least two of the articles.");
            Assert.All(links, a => Assert.Matches("^/articles/[^#]+#p-[0-9]+$", a.GetAttribute("href")!));
        }

        Assert.NotNull(document.QuerySelector("#quotes"));
    }

    [Theory]
    [InlineData("&stakeholder=atlantis")]
    [InlineData("&theme=%00%3Cscript%3E")]
    [InlineData("&c=%E2%80%AE&d=")]
    public async Task Odd_input_never_breaks_the_page(string extra)
    {
        var response = await _client.GetAsync(Url("000", "001") + extra);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"Got {response.StatusCode}");
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_uses_no_inline_styles_or_scripts()
    {
        var document = await GetPageAsync(Url("000", "004"));

        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    private string Url(string seedA, string? seedB) =>
        seedB is null ? $"/compare?a={_store.Slug(seedA)}" : $"/compare?a={_store.Slug(seedA)}&b={_store.Slug(seedB)}";

    private async Task<IDocument> GetPageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private string StakeholderName(string id) => Codebook().FindStakeholder(id)?.Name ?? id;

    private string ThemeName(string id) => Codebook().FindTheme(id)?.Name ?? id;

    private Codebook Codebook() =>
        ((CodebookProvider)_app.Services.GetService(typeof(CodebookProvider))!).Current;

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);
}
