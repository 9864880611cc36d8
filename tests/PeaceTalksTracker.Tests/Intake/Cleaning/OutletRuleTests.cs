using PeaceTalksTracker.Articles;
using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class OutletRuleTests
{
    [Fact]
    public void A_title_suffix_and_its_section_crumbs_leave_the_title_and_the_slug_and_name_the_outlet()
    {
        var article = ParseMarkdown(Page("title: \"Talks stall over territory | Russia-Ukraine war News | Al Jazeera\"", Body()));

        Assert.Equal("Talks stall over territory", article.Title);
        Assert.Equal("Al Jazeera", article.Outlet);
        Assert.Equal("talks-stall-over-territory", Slugs.FromTitle(article.Title));
    }

    [Theory]
    [InlineData("\"Talks stall over territory | Jane Doe\"", "Talks stall over territory")]
    [InlineData("\"Talks stall over territory | Guardian staff\"", "Talks stall over territory | Guardian staff")]
    public void A_title_ending_with_its_author_loses_the_byline_and_keeps_anything_else(string title, string expected)
    {
        var article = ParseMarkdown(Page($"title: {title}\nauthor: Jane Doe", Body()));

        Assert.Equal(expected, article.Title);
        Assert.Equal("Jane Doe", article.Author);
    }

    [Theory]
    [InlineData("outlet: Harbour Wire", "Talks stall over territory | Harbour Wire", "Talks stall over territory")]
    [InlineData("outlet: harbourwire.example", "Talks stall over territory - Harbourwire", "Talks stall over territory")]
    [InlineData("outlet: Harbour Wire", "Talks stall over territory | Kyiv", "Talks stall over territory | Kyiv")]
    public void A_title_suffix_that_spells_the_declared_outlet_comes_off_the_title_when_the_page_gives_no_address(string frontMatter, string title, string expected)
    {
        var article = ParseMarkdown(Page($"title: \"{title}\"\n{frontMatter}", Body()));

        Assert.Equal(expected, article.Title);
    }

    [Theory]
    [InlineData("outlet: \"Harbour Wire - Latest News & Headlines\"", "Harbour Wire")]
    [InlineData("outlet: \"Harbour Wire | Breaking news, videos and photos\"", "Harbour Wire")]
    [InlineData("outlet: \"HARBOURWIRE.COM | BY: JANE DOE\"", "Harbourwire.com")]
    [InlineData("outlet: \"Latest headlines | Al Jazeera\"", "Al Jazeera")]
    // Not a slogan: the name as declared, its dashes its own.
    [InlineData("outlet: \"Harbour Hacks - the Web developer blog\"", "Harbour Hacks - the Web developer blog")]
    [InlineData("outlet: \"Kyiv - Odesa Monitor\"", "Kyiv - Odesa Monitor")]
    public void A_declared_outlet_followed_by_a_slogan_or_a_byline_is_the_name_before_it(string frontMatter, string expected)
    {
        var article = ParseMarkdown(Page($"title: Talks stall over territory\n{frontMatter}", Body()));

        Assert.Equal(expected, article.Outlet);
    }

    [Theory]
    [InlineData("outlet: AL JAZEERA ENGLISH", "Al Jazeera")]
    [InlineData("outlet: The Guardian US", "The Guardian")]
    [InlineData("site: bbc news", "BBC")]
    [InlineData("outlet: Some Local Gazette", "Some Local Gazette")]
    [InlineData("outlet: http://www.aljazeera.com", "Al Jazeera")]
    [InlineData("outlet: www.localgazette.example", "localgazette.example")]
    public void A_declared_outlet_is_written_with_its_one_canonical_name(string frontMatter, string expected)
    {
        var article = ParseMarkdown(Page($"title: Talks stall over territory\n{frontMatter}", Body()));

        Assert.Equal(expected, article.Outlet);
    }

    [Fact]
    public void A_dash_suffix_naming_a_known_outlet_is_taken_off_but_a_dash_in_the_headline_stays()
    {
        var bbc = ParseMarkdown(Page("title: \"Zelensky says talks must go on - BBC News\"", Body()));
        var plain = ParseMarkdown(Page("title: \"Ceasefire talks - what comes next\"", Body()));

        Assert.Equal(("Zelensky says talks must go on", "BBC"), (bbc.Title, bbc.Outlet));
        Assert.Equal("Ceasefire talks - what comes next", plain.Title);
        Assert.Null(plain.Outlet);
    }

    [Fact]
    public void Without_a_declared_name_or_suffix_the_address_domain_names_the_outlet()
    {
        var known = ParseMarkdown(Page("title: Talks stall over territory\nurl: https://edition.cnn.com/europe/talks-stall", Body()));
        var unknown = ParseMarkdown(Page("title: Talks stall over territory\nurl: https://www.example-news.org/talks", Body()));

        Assert.Equal("CNN", known.Outlet);
        Assert.Equal("example-news.org", unknown.Outlet);
    }

    [Fact]
    public void An_unknown_suffix_that_spells_the_address_is_the_outlet()
    {
        var article = ParseMarkdown(Page("title: \"Ceasefire explained | Ronin's Grips\"\nurl: https://roninsgrips.com/blog/ceasefire", Body()));

        Assert.Equal(("Ceasefire explained", "Ronin's Grips"), (article.Title, article.Outlet));
    }

    [Theory]
    [InlineData("Ceasefire explained - Grainpedia", "https://en.grainpedia.org/wiki/Ceasefire", "Grainpedia")]
    [InlineData("Ceasefire explained | Kyivwire.com", "https://www.kyivwire.com/ceasefire", "Kyivwire.com")]
    public void A_suffix_that_spells_a_label_of_the_address_or_the_whole_address_is_the_outlet(string title, string url, string outlet)
    {
        var article = ParseMarkdown(Page($"title: \"{title}\"\nurl: {url}", Body()));

        Assert.Equal(("Ceasefire explained", outlet), (article.Title, article.Outlet));
    }

    [Fact]
    public void A_suffix_that_spells_only_a_generic_label_of_the_address_stays_in_the_title()
    {
        var article = ParseMarkdown(Page("title: \"Talks stall over territory - News\"\nurl: https://news.example-wire.org/talks", Body()));

        Assert.Equal(("Talks stall over territory - News", "news.example-wire.org"), (article.Title, article.Outlet));
    }
}
