using AngleSharp.Html.Parser;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary>Every page has one meta description (Lighthouse's SEO audit), saying what that page is.</summary>
public sealed class PageDescriptionTests(SeedsAppFixture fixture) : IClassFixture<SeedsAppFixture>
{
    public static TheoryData<string> Pages => new()
    {
        "/", "/?stakeholder=russia", "/search", "/search?q=talks", "/stakeholders", "/stakeholders/russia", "/themes",
        "/themes/territory", "/coverage", "/compare", "/compare/matrix",
        $"/articles/{SeedsAppFixture.KnownSlugPlaceholder}",
        $"/compare?a={SeedsAppFixture.KnownSlugPlaceholder}&b={SeedsAppFixture.OtherSlugPlaceholder}",
        "/articles/no-such-article", "/no-such-page",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_one_meta_description_of_search_snippet_length(string path)
    {
        var html = await fixture.Client.GetStringOrErrorAsync(await fixture.ResolveAsync(path));
        var descriptions = new HtmlParser().ParseDocument(html).QuerySelectorAll("meta[name=description]");

        var description = Assert.Single(descriptions).GetAttribute("content");
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.InRange(description!.Length, 50, 160);
    }

    [Fact]
    public async Task An_article_page_is_described_by_its_title_and_a_list_page_by_what_it_lists()
    {
        var slug = await fixture.KnownSlugAsync();
        var article = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync($"/articles/{slug}"));
        var themes = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync("/themes"));

        var title = article.QuerySelector("h1")!.TextContent.Trim();
        Assert.StartsWith(title[..Math.Min(title.Length, 60)], article.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("theme", themes.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }
}
