using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class PageQualityRuleTests
{
    [Fact]
    public void A_real_article_is_not_flagged()
    {
        var article = ParseMarkdown(Page("title: Talks in Geneva", Body()));

        Assert.Null(article.QualityFlag);
        Assert.Null(article.QualityReason);
    }

    [Fact]
    public void A_line_of_nothing_but_closing_marks_is_weighed_like_any_other_line()
    {
        // Saved pages leave such lines behind (a lone bracket after a removed link); the rule once failed on them.
        var article = ParseMarkdown(Page("title: Talks in Geneva", Body(")", "**", "])")));

        Assert.Null(article.QualityFlag);
    }

    [Fact]
    public void A_paywall_prompt_over_a_short_text_is_a_paywall_stub_with_its_word_count()
    {
        var article = ParseMarkdown(Page("title: How big is the prize?", string.Join("\n", Reporting[0], Reporting[1], "Create a free account to unlock this article", "Already a subscriber? Sign in")));

        Assert.Equal("paywall-stub", article.QualityFlag);
        Assert.Equal($"paywall stub: {Words(Reporting[0]) + Words(Reporting[1])} words", article.QualityReason);
    }

    [Fact]
    public void A_page_of_unrelated_headlines_is_a_section_front()
    {
        string[] headlines =
        [
            "Storm batters the east coast overnight", "Central bank holds rates steady", "Local team wins the cup final",
            "New museum opens in the old port", "Ceasefire talks resume in Geneva", "Fuel prices rise for a third week",
            "Election date set for the spring", "Heatwave warning for the weekend", "Rail strike called off at last minute",
            "Film festival announces its line-up",
        ];
        var article = ParseMarkdown(Page("title: World news", string.Join("\n", headlines)));

        Assert.Equal("section-front", article.QualityFlag);
        Assert.StartsWith("section front: ", article.QualityReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_time_stamped_entries_is_a_live_blog_index()
    {
        var entries = Enumerable.Range(0, 6).SelectMany(i => new[] { $"1{i}:0{i}", Reporting[i % Reporting.Length] });
        var article = ParseMarkdown(Page("title: Ukraine war live", string.Join("\n", entries)));

        Assert.Equal("live-blog-index", article.QualityFlag);
    }

    [Theory]
    [InlineData("Age Verification", "You must be 18 or older to enter this site. Please confirm your date of birth to continue.", "age-wall")]
    [InlineData("Before you continue", "We and our partners use cookies to store and access information on your device. Accept all or Reject all. Manage privacy settings.", "consent-wall")]
    public void A_wall_in_front_of_the_article_is_flagged_as_one(string title, string text, string flag)
    {
        var article = ParseMarkdown(Page($"title: {title}", text));

        Assert.Equal(flag, article.QualityFlag);
    }

    [Fact]
    public void A_page_too_short_to_be_an_article_says_how_short()
    {
        var article = ParseMarkdown(Page("title: Talks in Geneva", Reporting[0]));

        Assert.Equal("too-short", article.QualityFlag);
        Assert.Equal($"too short to be an article: {Words(Reporting[0])} words", article.QualityReason);
    }

    private static int Words(string text) => text.Split(' ').Length;
}
