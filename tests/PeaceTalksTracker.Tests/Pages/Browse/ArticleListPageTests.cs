using AngleSharp.Dom;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Browse;

public sealed class ArticleListPageTests
{
    private static List<string> Slugs(IDocument document) =>
        document.QuerySelectorAll(".article-title a").Select(a => a.GetAttribute("href")!.Replace("/articles/", "", StringComparison.Ordinal)).ToList();

    private static string Facet(IDocument document, string key) => document.QuerySelector($"[data-facet='{key}']")!.TextContent.Trim();

    [Fact]
    public async Task Filtering_by_NATO_and_territory_leaves_only_the_article_covering_both()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/?stakeholder=nato&theme=territory");

        Assert.Equal(["alpha"], Slugs(document));
        Assert.Contains("1 article", document.QuerySelector(".result-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(document.QuerySelector("input[name=stakeholder][value=nato]")!.HasAttribute("checked"));
        Assert.True(document.QuerySelector("input[name=theme][value=territory]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Several_stakeholders_must_all_be_covered()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        Assert.Equal(["bravo", "alpha"], Slugs(await client.GetDocumentAsync("/?stakeholder=nato")));
        Assert.Equal(["alpha"], Slugs(await client.GetDocumentAsync("/?stakeholder=nato&stakeholder=russia")));
    }

    [Fact]
    public async Task Facet_counts_say_how_many_articles_each_option_would_leave()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var all = await client.GetDocumentAsync("/");
        Assert.Equal("2", Facet(all, "stakeholder-nato"));
        Assert.Equal("2", Facet(all, "stakeholder-russia"));
        Assert.Equal("2", Facet(all, "theme-territory"));
        Assert.Equal("0", Facet(all, "stakeholder-china"));

        var nato = await client.GetDocumentAsync("/?stakeholder=nato");
        Assert.Equal("2", Facet(nato, "stakeholder-nato"));
        Assert.Equal("1", Facet(nato, "stakeholder-russia"));
        Assert.Equal("1", Facet(nato, "theme-territory"));
        Assert.Equal("1", Facet(nato, "theme-mediation"));
        Assert.Equal("1", Facet(nato, "theme-security-guarantees"));

        var outlets = nato.QuerySelectorAll("#filter-outlet option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Politico (1)", outlets);
        Assert.Contains("Reuters (1)", outlets);
    }

    [Fact]
    public async Task Outlet_and_date_range_narrow_the_list()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        Assert.Equal(["alpha", "charlie"], Slugs(await client.GetDocumentAsync("/?outlet=Politico")));
        Assert.Equal(["bravo", "alpha"], Slugs(await client.GetDocumentAsync("/?from=2025-05-01&to=2025-06-30")));
    }

    [Fact]
    public async Task Articles_sort_by_date_title_or_relevance()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        Assert.Equal(["bravo", "alpha", "charlie", "delta"], Slugs(await client.GetDocumentAsync("/")));
        Assert.Equal(["delta", "bravo", "charlie", "alpha"], Slugs(await client.GetDocumentAsync("/?sort=title")));
        // Alpha names Russia twice, Charlie once.
        Assert.Equal(["alpha", "charlie"], Slugs(await client.GetDocumentAsync("/?stakeholder=russia&sort=relevance")));
    }

    [Fact]
    public async Task Each_article_shows_its_stakeholder_chips_theme_bar_and_reading_time()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/?stakeholder=nato&theme=territory");
        var item = document.QuerySelector(".article-item")!;

        var chips = item.QuerySelectorAll(".chip").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Russia 2", chips[0]);
        Assert.Contains("NATO 1", chips);
        Assert.NotNull(item.QuerySelector(".chip.sh-russia"));
        Assert.Contains("Territory and sovereignty", item.QuerySelector("svg.theme-bar")!.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.NotEmpty(item.QuerySelectorAll("svg.theme-bar rect.th-territory"));
        Assert.Equal("1 min read", item.QuerySelector(".reading-time")!.TextContent.Trim());
        Assert.Equal("Politico", item.QuerySelector(".outlet")!.TextContent.Trim());
        Assert.Equal("2025-05-10", item.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Unknown_ids_and_malformed_values_are_ignored_with_a_visible_note()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/?stakeholder=atlantis&stakeholder=nato&theme=weather&from=yesterday&page=zero&sort=sideways");
        var notes = document.QuerySelector(".notes")!.TextContent;

        Assert.Contains("Unknown stakeholder \u201catlantis\u201d ignored", notes, StringComparison.Ordinal);
        Assert.Contains("Unknown theme \u201cweather\u201d ignored", notes, StringComparison.Ordinal);
        Assert.Contains("\u201cyesterday\u201d is not a date", notes, StringComparison.Ordinal);
        Assert.Contains("\u201czero\u201d is not a page number", notes, StringComparison.Ordinal);
        Assert.Contains("Unknown sort order", notes, StringComparison.Ordinal);
        Assert.Equal(["bravo", "alpha"], Slugs(document));
    }

    [Fact]
    public async Task Long_lists_are_paged_with_links_that_keep_the_filter()
    {
        using var seeds = new TempFolder();
        var many = Enumerable.Range(1, 30)
            .Select(i => new TestArticle($"story-{i:00}", $"Story {i:00}", $"NATO story number {i}.")
            {
                PublishedOn = new DateOnly(2025, 1, 1).AddDays(i), Aliases = BrowseCorpus.Aliases,
            })
            .ToArray();
        var (app, client) = await BrowseStore.StartAsync(seeds, many);
        using var _ = app;

        var first = await client.GetDocumentAsync("/?stakeholder=nato");
        Assert.Equal(25, Slugs(first).Count);
        Assert.Equal("story-30", Slugs(first)[0]);
        Assert.Equal("/?stakeholder=nato&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.Contains("Page 1 of 2", first.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);

        var second = await client.GetDocumentAsync("/?stakeholder=nato&page=2");
        Assert.Equal(["story-05", "story-04", "story-03", "story-02", "story-01"], Slugs(second));
        Assert.Equal("/?stakeholder=nato", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));

        var beyond = await client.GetDocumentAsync("/?stakeholder=nato&page=99");
        Assert.Contains("There is no page 99", beyond.QuerySelector(".notes")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, Slugs(beyond).Count);
    }

    [Fact]
    public async Task Articles_can_be_ticked_and_sent_to_the_compare_page()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/");
        var form = document.QuerySelector("form.compare-picker")!;

        Assert.Equal("/compare", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(["bravo", "alpha", "charlie", "delta"], form.QuerySelectorAll("input[type=checkbox][name=pick]").Select(i => i.GetAttribute("value")!).ToList());
    }

    [Fact]
    public async Task Export_links_carry_the_current_filter()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/?stakeholder=nato&theme=territory&sort=title&page=1");
        var links = document.QuerySelectorAll(".exports a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/export.csv?stakeholder=nato&theme=territory&sort=title", links);
        Assert.Contains("/export.json?stakeholder=nato&theme=territory&sort=title", links);
    }

    [Fact]
    public async Task The_page_has_a_title_landmarks_a_skip_link_and_the_search_box()
    {
        using var seeds = new TempFolder();
        var (app, client) = await BrowseCorpus.StartAsync(seeds);
        using var _ = app;

        var document = await client.GetDocumentAsync("/?stakeholder=nato");

        Assert.StartsWith("Articles (2 found", document.Title, StringComparison.Ordinal);
        Assert.Equal("#main", document.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main"));
        Assert.NotNull(document.QuerySelector("nav[aria-label=Main]"));
        var search = document.QuerySelector("form[role=search]")!;
        Assert.Equal("/search", search.GetAttribute("action"));
        Assert.NotNull(document.QuerySelector("label[for=site-search-input]"));
        Assert.NotNull(document.QuerySelector("dialog#shortcuts-dialog"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Empty(document.QuerySelectorAll("script:not([src])"));
    }
}
