using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace PeaceTalksTracker.Tests.Search;

public sealed class SearchPageTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private static List<string> HitLinks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".search-hit-title a").Select(a => a.GetAttribute("href")!)];

    private static List<string> HitSlugs(IHtmlDocument page) =>
        [.. HitLinks(page).Select(href => href["/articles/".Length..href.IndexOf('#', StringComparison.Ordinal)])];

    private static List<string> Marks(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".search-snippet mark").Select(m => m.TextContent.ToLowerInvariant())];

    private static List<string> Notes(IHtmlDocument page) => [.. page.QuerySelectorAll(".search-note").Select(n => n.TextContent)];

    private async Task<string> ParagraphTextAsync(string slug, int index)
    {
        var article = await fixture.Client.GetFromJsonAsync<JsonElement>(new Uri($"/api/articles/{slug}", UriKind.Relative));
        return article.GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("index").GetInt32() == index).GetProperty("text").GetString()!;
    }

    [Fact]
    public async Task Search_for_negotiating_finds_paragraphs_about_negotiations()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("negotiating"));

        Assert.NotEmpty(HitLinks(page));
        Assert.Contains("negotiations", Marks(page));
    }

    [Fact]
    public async Task Search_for_a_phrase_links_to_the_paragraph_that_contains_it()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("\"security guarantees\""));

        var link = Assert.Single(HitLinks(page), href => href.StartsWith($"/articles/{fixture.HighStakes}#p-", StringComparison.Ordinal));
        var index = int.Parse(link[(link.IndexOf("#p-", StringComparison.Ordinal) + 3)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("security guarantees", await ParagraphTextAsync(fixture.HighStakes, index), StringComparison.Ordinal);
        Assert.Contains("security guarantees", Marks(page));
        Assert.Equal("\"security guarantees\" – Search · PeaceTalksTracker", page.Title);
    }

    [Fact]
    public async Task A_snippet_reads_as_the_paragraph_does_around_its_marks()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("\"security guarantees\""));

        var snippet = page.QuerySelectorAll(".search-snippet")
            .Single(s => s.ParentElement!.QuerySelector(".search-hit-title a")!.GetAttribute("href")!.Contains(fixture.Washington, StringComparison.Ordinal));
        Assert.Contains("long-term security guarantees. And yet", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_phrase_hit_shows_a_paragraph_with_the_words_side_by_side()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("\"security guarantees\""));

        foreach (var href in HitLinks(page))
        {
            var slug = href["/articles/".Length..href.IndexOf('#', StringComparison.Ordinal)];
            var index = int.Parse(href[(href.IndexOf("#p-", StringComparison.Ordinal) + 3)..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Matches(@"(?i)secur\w*\s+guarantee", await ParagraphTextAsync(slug, index));
        }
    }

    [Fact]
    public async Task A_prefix_finds_every_word_that_starts_with_it()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("negot*"));

        var marks = Marks(page);
        Assert.All(marks, m => Assert.StartsWith("negot", m, StringComparison.Ordinal));
        Assert.Contains(marks, m => m is "negotiating" or "negotiator" or "negotiated");
        Assert.Equal(5, HitLinks(page).Count);
    }

    [Fact]
    public async Task OR_finds_articles_with_either_word()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("Medinsky OR Rubio"));

        Assert.Equal(new[] { fixture.Politico, fixture.UsSignals }.Order(), HitSlugs(page).Order());
    }

    [Fact]
    public async Task An_excluded_word_leaves_out_the_articles_that_mention_it()
    {
        var all = HitSlugs(await fixture.PageAsync(SearchFixture.SearchUrl("negotiations")));
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("negotiations -Medinsky"));

        Assert.Contains(fixture.Politico, all);
        Assert.DoesNotContain(fixture.Politico, HitSlugs(page));
        Assert.Equal(all.Count - 1, HitSlugs(page).Count);
    }

    [Fact]
    public async Task A_stakeholder_filter_keeps_only_articles_covering_it()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("talks stakeholder:turkey"));

        var tagged = fixture.TaggedSlugs("ArticleStakeholders", "StakeholderId", "turkey");
        Assert.Contains(fixture.Istanbul, HitSlugs(page));
        Assert.All(HitSlugs(page), slug => Assert.Contains(slug, tagged));
        Assert.Contains("stakeholder: Turkey ×", page.QuerySelectorAll(".search-active-filters a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task A_theme_filter_and_a_stakeholder_filter_must_both_hold()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("ukraine theme:territory stakeholder:nato"));

        var expected = fixture.TaggedSlugs("ArticleThemes", "ThemeId", "territory");
        expected.IntersectWith(fixture.TaggedSlugs("ArticleStakeholders", "StakeholderId", "nato"));
        Assert.Contains(fixture.HighStakes, HitSlugs(page));
        Assert.Equal(expected.Order(), HitSlugs(page).Order());
    }

    [Fact]
    public async Task An_outlet_filter_ignores_case_and_accepts_quoted_names()
    {
        var politico = await fixture.PageAsync(SearchFixture.SearchUrl("negotiations outlet:politico"));
        var alJazeera = await fixture.PageAsync(SearchFixture.SearchUrl("negotiations outlet:\"al jazeera\""));

        Assert.Equal([fixture.Politico], HitSlugs(politico));
        Assert.Equal([fixture.Istanbul], HitSlugs(alJazeera));
    }

    [Fact]
    public async Task Date_filters_keep_articles_published_in_the_range()
    {
        var june = await fixture.PageAsync(SearchFixture.SearchUrl("talks after:2025-06-01 before:2025-07-01"));
        var later = await fixture.PageAsync(SearchFixture.SearchUrl("talks after:2025-07-01"));

        Assert.Equal([fixture.Istanbul], HitSlugs(june));
        Assert.Equal([fixture.Washington], HitSlugs(later));
    }

    [Fact]
    public async Task Filters_without_words_list_the_matching_articles()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("stakeholder:nato"));

        Assert.Equal(fixture.TaggedSlugs("ArticleStakeholders", "StakeholderId", "nato").Order(), HitSlugs(page).Order());
    }

    [Fact]
    public async Task Facets_count_the_matching_articles_and_link_to_the_narrowed_search()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("negotiations"));
        var matched = HitSlugs(page).ToHashSet();

        var nato = page.QuerySelectorAll(".facet-stakeholders li").Single(li => li.QuerySelector("a")!.GetAttribute("data-facet") == "nato");
        var expected = fixture.TaggedSlugs("ArticleStakeholders", "StakeholderId", "nato").Count(matched.Contains);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), nato.QuerySelector(".facet-count")!.TextContent);
        Assert.Equal("NATO", nato.QuerySelector("a")!.TextContent);

        var narrowed = await fixture.PageAsync(nato.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(expected, HitSlugs(narrowed).Count);
        Assert.Equal("negotiations stakeholder:nato", narrowed.QuerySelector<IHtmlInputElement>("#search-q")!.Value);

        var outlets = page.QuerySelectorAll(".facet-outlets li").ToDictionary(li => li.QuerySelector("a")!.TextContent, li => li.QuerySelector(".facet-count")!.TextContent);
        Assert.Equal("1", outlets["POLITICO"]);
        Assert.Equal("1", outlets["Al Jazeera"]);
        var territory = page.QuerySelectorAll(".facet-themes a").Single(a => a.GetAttribute("data-facet") == "territory");
        Assert.Equal("Territory and sovereignty", territory.TextContent);
    }

    [Fact]
    public async Task A_title_match_ranks_above_matches_in_the_body()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("stall"));

        var slugs = HitSlugs(page);
        Assert.True(slugs.Count > 1, "other articles mention stalled talks in their body");
        Assert.Equal(fixture.Politico, slugs[0]);
        Assert.Contains("Stall", page.QuerySelector(".search-hit-title mark")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_empty_search_page_shows_the_syntax_examples_and_recent_articles()
    {
        var page = await fixture.PageAsync("/search");

        Assert.Equal("Search · PeaceTalksTracker", page.Title);
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.Contains("\"security guarantees\"", page.QuerySelectorAll(".search-syntax code").Select(c => c.TextContent));
        var example = page.QuerySelectorAll(".search-examples a").First(a => a.TextContent == "\"security guarantees\"");
        Assert.Equal("/search?q=%22security%20guarantees%22", example.GetAttribute("href"));
        Assert.Equal(5, page.QuerySelectorAll(".search-recent li").Length);
        Assert.Empty(page.QuerySelectorAll(".search-hit"));
    }

    [Theory]
    [InlineData("\"security guarantees", "A quote was not closed")]
    [InlineData("OR", "OR needs a word on each side")]
    [InlineData("-- *", "A lone")]
    [InlineData("NEAR(peace talks)", "NEAR is not supported")]
    [InlineData("title:peace", "is not a filter")]
    [InlineData("{Title}:peace", "is not a filter")]
    [InlineData("peace before:2025-13-40", "before:2025-13-40 is not a date; use YYYY-MM-DD")]
    [InlineData("peace stakeholder:atlantis", "There is no stakeholder “atlantis”")]
    [InlineData("peace theme:nonsense", "There is no theme “nonsense”")]
    [InlineData("(peace) AND", "Brackets are not supported")]
    [InlineData("pea\u0001ce", "control characters")]
    public async Task A_malformed_query_shows_results_or_a_message_never_an_error(string q, string note)
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl(q));

        Assert.Contains(Notes(page), n => n.Contains(note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("^peace")]
    [InlineData("peace\" OR \"1\"=\"1")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("переговоры Київ 和平")]
    [InlineData("\ud800")]
    [InlineData("\u202e\u200bpeace")]
    public async Task Hostile_queries_answer_200(string q)
    {
        using var page = await fixture.Client.GetAsync(new Uri(SearchFixture.SearchUrl(q), UriKind.Relative));
        using var api = await fixture.Client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(q), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task A_very_long_query_is_cut_with_a_note()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl(string.Join(' ', Enumerable.Repeat("peace", 300))));

        Assert.Contains(Notes(page), n => n.Contains("longer than 500 characters", StringComparison.Ordinal));
        Assert.NotEmpty(HitLinks(page));
    }

    [Fact]
    public async Task Many_hits_in_one_article_collapse_into_one_result_with_links_to_the_others()
    {
        var page = await fixture.PageAsync(SearchFixture.SearchUrl("negotiations"));

        Assert.Equal(HitSlugs(page).Distinct().Count(), HitSlugs(page).Count);
        var more = page.QuerySelectorAll(".search-more-link").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(more);
        Assert.All(more, href => Assert.Matches(@"^/articles/[a-z0-9-]+#p-\d+$", href));
    }

    [Fact]
    public async Task Results_are_paged_and_the_url_holds_the_page()
    {
        using var app = new TestSupport.PeaceTalksApp(settings: new Dictionary<string, string?> { ["Search:PageSize"] = "2" });
        using var client = app.CreateClient();

        var first = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/search?q=negotiations", UriKind.Relative)));
        var next = first.QuerySelector(".search-paging a[rel=next]")!.GetAttribute("href")!;
        var second = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(new Uri(next, UriKind.Relative)));

        Assert.Equal("/search?q=negotiations&page=2", next);
        Assert.Equal(2, first.QuerySelectorAll(".search-hit").Length);
        Assert.Contains("Page 2 of 3", second.QuerySelector(".search-paging")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(HitSlugs(first).Intersect(HitSlugs(second)));
    }
}
