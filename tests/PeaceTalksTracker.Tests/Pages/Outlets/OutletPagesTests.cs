using AngleSharp.Dom;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Outlets;

/// <summary>What a reader sees on /outlets and /outlets/{id} over <see cref="OutletStore"/>; the figures are worked out there.</summary>
public sealed class OutletPagesTests(OutletStoreFixture store) : IClassFixture<OutletStoreFixture>
{
    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IElement Row(IDocument document, string table, string code) =>
        document.QuerySelector($"#{table} tr[data-code='{code}']") ?? throw new Xunit.Sdk.XunitException($"No row {code} in #{table}");

    [Fact]
    public async Task The_outlet_list_counts_only_counted_articles_and_merges_names_that_share_an_id()
    {
        var document = await store.Client.GetDocumentAsync("/outlets");

        var cards = document.QuerySelectorAll(".outlet-card").ToDictionary(c => c.GetAttribute("data-outlet")!);
        Assert.Equal(["beta-times", "alpha-news", "gamma-post"], cards.Keys);
        Assert.Equal("Alpha News", Text(cards["alpha-news"].QuerySelector("h2")));
        Assert.Equal("/outlets/alpha-news", cards["alpha-news"].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("11 articles", Text(cards["alpha-news"].QuerySelector(".outlet-articles")));
        Assert.Equal("12 articles", Text(cards["beta-times"].QuerySelector(".outlet-articles")));
        Assert.Contains("6 January 2025 to 10 June 2025", Text(cards["alpha-news"].QuerySelector(".outlet-facts")), StringComparison.Ordinal);
        Assert.Contains("too few to compare", Text(cards["gamma-post"]), StringComparison.Ordinal);
        Assert.DoesNotContain("too few", Text(cards["alpha-news"]), StringComparison.Ordinal);

        var summary = Text(document.QuerySelector("main .hint"));
        Assert.Contains("26 articles from 3 outlets", summary, StringComparison.Ordinal);
        Assert.Contains("1 article without an outlet", summary, StringComparison.Ordinal);
        Assert.Contains("2 flagged pages and near-duplicates", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outlet_list_shows_each_outlets_most_named_stakeholder_and_main_theme_as_a_share_of_its_paragraphs()
    {
        var document = await store.Client.GetDocumentAsync("/outlets");

        var alpha = document.QuerySelector(".outlet-card[data-outlet='alpha-news']")!;
        Assert.Equal("Russia 25.0% of paragraphs (11)", Text(alpha.QuerySelector(".chips li")));
        Assert.Contains("no theme", Text(alpha.QuerySelector(".outlet-profile")), StringComparison.Ordinal);
        var beta = document.QuerySelector(".outlet-card[data-outlet='beta-times']")!;
        Assert.Equal("Humanitarian issues 16.7% of paragraphs (12)", Text(beta.QuerySelector(".theme-shares li")));
    }

    [Fact]
    public async Task The_outlet_list_sorts_by_name_and_by_latest_article()
    {
        var byName = await store.Client.GetDocumentAsync("/outlets?sort=name");
        Assert.Equal(["alpha-news", "beta-times", "gamma-post"], byName.QuerySelectorAll(".outlet-card").Select(c => c.GetAttribute("data-outlet")));
        var byLatest = await store.Client.GetDocumentAsync("/outlets?sort=latest");
        Assert.Equal(["beta-times", "alpha-news", "gamma-post"], byLatest.QuerySelectorAll(".outlet-card").Select(c => c.GetAttribute("data-outlet")));
    }

    [Fact]
    public async Task An_outlet_page_gives_each_stakeholder_as_a_share_of_paragraphs_against_the_other_outlets_with_counts()
    {
        var document = await store.Client.GetDocumentAsync("/outlets/alpha-news");

        Assert.Equal("Alpha News", Text(document.QuerySelector("h1")));
        var russia = Row(document, "stakeholder-shares", "russia");
        Assert.Equal("25.0% 11 of 44", Text(russia.QuerySelector(".this-share")));
        Assert.Equal("7.7% 6 of 78", Text(russia.QuerySelector(".other-share")));
        Assert.Equal("+17.3 pts above", Text(russia.QuerySelector(".difference")));

        var humanitarian = Row(document, "theme-shares", "humanitarian");
        Assert.Equal("0.0% 0 of 44", Text(humanitarian.QuerySelector(".this-share")));
        Assert.Equal("15.4% 12 of 78", Text(humanitarian.QuerySelector(".other-share")));
        Assert.Equal("−15.4 pts below", Text(humanitarian.QuerySelector(".difference")));
    }

    [Fact]
    public async Task A_theme_the_other_outlets_cover_and_this_one_never_does_is_a_blindspot()
    {
        var alpha = await store.Client.GetDocumentAsync("/outlets/alpha-news");
        var spots = alpha.QuerySelectorAll(".blindspots li").Select(Text).ToList();
        Assert.Equal(["Humanitarian issues (theme): 0.0% of Alpha News’s paragraphs (0 of 44), against 15.4% for the other outlets (12 of 78)."], spots);

        // Beta names Russia less than the others (8.3% against 22.0%) but not rarely: below, not a blindspot.
        var beta = await store.Client.GetDocumentAsync("/outlets/beta-times");
        Assert.Equal("−13.7 pts below", Text(Row(beta, "stakeholder-shares", "russia").QuerySelector(".difference")));
        Assert.Empty(beta.QuerySelectorAll(".blindspots li"));
        Assert.Contains("None", Text(beta.QuerySelector(".blindspots-none")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outlet_page_lists_whose_voices_it_carries_with_the_speakers()
    {
        var document = await store.Client.GetDocumentAsync("/outlets/alpha-news");

        var russia = Row(document, "voice-shares", "russia");
        Assert.Contains("Dmitry Peskov (11)", Text(russia.QuerySelector("th")), StringComparison.Ordinal);
        Assert.Equal("100.0% 11 of 11", Text(russia.QuerySelector(".this-share")));
        Assert.Equal("0.0% 0 of 12", Text(russia.QuerySelector(".other-share")));
        Assert.Equal("0.0% 0 of 11", Text(Row(document, "voice-shares", "ukraine").QuerySelector(".this-share")));
    }

    [Fact]
    public async Task An_outlet_page_counts_articles_per_month_leaving_out_flagged_pages()
    {
        var document = await store.Client.GetDocumentAsync("/outlets/alpha-news");

        var months = document.QuerySelectorAll(".timeline-table tbody tr").ToDictionary(r => Text(r.QuerySelector("th")), r => Text(r.QuerySelector("td")));
        Assert.Equal(["Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025", "Jun 2025"], months.Keys);
        Assert.Equal(["2", "2", "4", "1", "0", "1"], months.Values);
        Assert.Contains("1 article undated", Text(document.QuerySelector(".outlet-facts")), StringComparison.Ordinal);
        Assert.Contains("most in Mar 2025 (4)", document.QuerySelector(".timeline svg title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outlet_with_three_articles_is_shown_but_marked_too_few_to_compare()
    {
        var document = await store.Client.GetDocumentAsync("/outlets/gamma-post");

        Assert.Contains("3 articles — too few to compare", Text(document.QuerySelector(".too-few-note")), StringComparison.Ordinal);
        Assert.Equal("Too few articles to tell.", Text(document.QuerySelector(".blindspots-none")));
        var russia = Row(document, "stakeholder-shares", "russia");
        Assert.Equal("0.0% 0 of 6", Text(russia.QuerySelector(".this-share")));
        Assert.Equal("too few to compare", Text(russia.QuerySelector(".difference")));
    }

    [Fact]
    public async Task An_outlet_page_links_to_the_list_and_search_by_the_same_name()
    {
        var document = await store.Client.GetDocumentAsync("/outlets/beta-times");

        var links = document.QuerySelectorAll(".outlet-actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/?outlet=Beta%20Times", "/search?q=outlet%3A%22Beta%20Times%22"], links);
        var list = await store.Client.GetDocumentAsync(links[0]!);
        Assert.Contains("from Beta Times", Text(list.QuerySelector(".result-summary")), StringComparison.Ordinal);
        Assert.Equal("/outlets/beta-times", list.QuerySelector(".result-summary .outlet-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_article_links_to_its_outlet()
    {
        var article = await store.Client.GetDocumentAsync("/articles/alpha-grain");
        Assert.Equal("/outlets/alpha-news", article.QuerySelector(".reading-header .outlet-link")!.GetAttribute("href"));

        var list = await store.Client.GetDocumentAsync("/");
        var outletLinks = list.QuerySelectorAll(".article-meta a.outlet").Select(a => a.GetAttribute("href")).Distinct().Order().ToList();
        Assert.Equal(["/outlets/alpha-news", "/outlets/beta-times", "/outlets/gamma-post"], outletLinks);
    }

    [Fact]
    public async Task An_unknown_outlet_is_a_readable_404()
    {
        var response = await store.Client.GetAsync(new Uri("/outlets/no-such-outlet", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        await ReadableResponse.AssertReadableAsync(response, "/outlets/no-such-outlet");
    }

    [Fact]
    public async Task The_site_navigation_links_to_the_outlets()
    {
        var document = await store.Client.GetDocumentAsync("/");
        Assert.Contains("/outlets", document.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href")));
    }
}
