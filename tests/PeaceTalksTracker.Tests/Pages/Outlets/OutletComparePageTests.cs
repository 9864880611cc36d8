using AngleSharp.Dom;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Outlets;

/// <summary>/outlets/compare over <see cref="OutletStore"/>: the same measures side by side, and the stories both outlets covered.</summary>
public sealed class OutletComparePageTests(OutletStoreFixture store) : IClassFixture<OutletStoreFixture>
{
    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Two_outlets_are_compared_share_against_share_with_counts()
    {
        var document = await store.Client.GetDocumentAsync("/outlets/compare?a=alpha-news&b=beta-times");

        Assert.Equal("Alpha News and Beta Times", Text(document.QuerySelector("h1")));
        var russia = document.QuerySelector("#stakeholder-shares tr[data-code='russia']")!;
        Assert.Equal("25.0% 11 of 44", Text(russia.QuerySelector(".this-share")));
        Assert.Equal("8.3% 6 of 72", Text(russia.QuerySelector(".other-share")));
        Assert.Equal("+16.7 pts above", Text(russia.QuerySelector(".difference")));
        Assert.Equal(["Stakeholders", "Alpha News", "Beta Times", "Difference"],
            document.QuerySelectorAll("#stakeholder-shares thead th").Select(Text));
        Assert.Equal("/outlets/compare?a=beta-times&b=alpha-news", document.QuerySelector("a.swap")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_stories_both_covered_are_the_pairs_close_in_date_and_alike_in_text()
    {
        var document = await store.Client.GetDocumentAsync("/outlets/compare?a=alpha-news&b=beta-times");

        // The grain story a day apart is shared; the exchange story 19 days apart and the undated grid story are not.
        var links = document.QuerySelectorAll(".shared-stories a.shared-compare").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/compare?a=alpha-grain&b=beta-grain"], links);
        Assert.Contains("1 day apart", Text(document.QuerySelector(".shared-stories li")), StringComparison.Ordinal);

        var swapped = await store.Client.GetDocumentAsync("/outlets/compare?a=beta-times&b=alpha-news");
        Assert.Equal(["/compare?a=beta-grain&b=alpha-grain"], swapped.QuerySelectorAll(".shared-stories a.shared-compare").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_shared_story_opens_the_article_comparison()
    {
        var response = await store.Client.GetAsync(new Uri("/compare?a=alpha-grain&b=beta-grain", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task An_outlet_with_too_few_articles_is_compared_by_counts_only()
    {
        var document = await store.Client.GetDocumentAsync("/outlets/compare?a=gamma-post&b=alpha-news");

        Assert.Contains("3 articles — too few to compare", Text(document.QuerySelector(".too-few-note")), StringComparison.Ordinal);
        Assert.Equal("too few to compare", Text(document.QuerySelector("#stakeholder-shares tr[data-code='russia'] .difference")));
    }

    [Fact]
    public async Task Without_two_outlets_the_page_offers_the_choice_and_an_unknown_id_is_a_404()
    {
        var chooser = await store.Client.GetDocumentAsync("/outlets/compare");
        Assert.Equal(["alpha-news", "beta-times", "gamma-post"], chooser.QuerySelectorAll("#outlet-a option").Select(o => o.GetAttribute("value")).Order());
        Assert.Null(chooser.QuerySelector("#stakeholder-shares"));

        var same = await store.Client.GetDocumentAsync("/outlets/compare?a=alpha-news&b=alpha-news");
        Assert.Contains("Choose two different outlets.", Text(same.QuerySelector(".notes")), StringComparison.Ordinal);

        var response = await store.Client.GetAsync(new Uri("/outlets/compare?a=alpha-news&b=nowhere", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        await ReadableResponse.AssertReadableAsync(response, "/outlets/compare with an unknown outlet");
    }
}
