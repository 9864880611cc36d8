using PeaceTalksTracker.Intake;
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
    public void An_article_with_many_short_lines_is_not_a_section_front_when_its_reporting_carries_the_page()
    {
        string[] points =
        [
            "- A ceasefire along the front", "- Observers at the line", "- Prisoners exchanged", "- Grain corridors reopened",
            "- Sanctions eased in stages", "- Elections within a year", "- Security guarantees", "- Reconstruction fund",
            "- Return of deported children", "- A joint commission", "- Talks to resume in March", "- A referendum in Ukraine",
        ];
        var article = ParseMarkdown(Page("title: What the draft plan says", Body(points)));

        Assert.Null(article.QualityFlag);
    }

    [Fact]
    public void A_saved_article_page_that_declares_itself_a_website_is_still_an_article()
    {
        // og:type "website" is what many publishing systems emit for every page, articles included.
        var paragraphs = string.Concat(Reporting.Select(p => $"<p>{p}</p>"));
        var html = $"<html lang=\"en\"><head><title>Talks in Geneva</title><meta property=\"og:type\" content=\"website\"></head><body><article><h1>Talks in Geneva</h1>{paragraphs}</article></body></html>";
        var article = new ArticleParser().Parse(new SourceDocument("page.html", html, DocumentFormat.Html));

        Assert.Equal("website", article.Page.Kind);
        Assert.Null(article.QualityFlag);
    }

    [Fact]
    public void An_article_in_a_language_written_without_spaces_keeps_its_body_and_is_not_flagged()
    {
        // Counting words by spaces made each Japanese paragraph "one word": the body went as related links.
        string[] paragraphs =
        [
            "ジュネーブで火曜日、ウクライナとロシアの代表団が三回目の協議を行い、双方の当局者が停戦の監視方法について記者団に説明した。",
            "ウクライナ側の交渉担当者は、停戦は双方が受け入れる国の監視団によって確認されなければならないと述べた。",
            "ロシア側は東部の領土の放棄を改めて求めたが、キーウは協議の開始以来この条件を拒否している。",
            "協議に参加していない欧州各国の政府は、合意がウクライナの自衛能力を損なわないかどうかで判断すると表明した。",
            "次回の協議は三月上旬に予定されているが、双方とも日程や出席者については確認を避けた。",
        ];
        var article = ParseMarkdown(Page("title: ジュネーブ協議", string.Join("\n", paragraphs)));

        Assert.Null(article.QualityReason);
        Assert.Equal(paragraphs.Length, article.Paragraphs.Count);
        Assert.Empty(article.RemovedTexts);
    }

    [Fact]
    public void A_wire_brief_of_results_lines_is_not_a_section_front()
    {
        string[] results =
        [
            "Shr loss 41 cts vs profit 12 cts", "Net loss 7,041,000 vs loss 467,000", "Rev 138.9 mln vs 131.4 mln", "12 months",
            "Shr loss 52 cts vs profit 48 cts", "Net loss 8,843,000 vs profit 6,306,000", "Rev 558.9 mln vs 556.7 mln",
            "NOTE: The 1986 loss includes a restructuring charge of 2.6 mln dlrs after tax, or 19 cts a share, the company said.",
        ];
        var article = ParseText("ACME INDUSTRIES 4TH QTR LOSS\n\n" + string.Join("\n", results));

        Assert.NotEqual("section-front", article.QualityFlag);
    }

    [Fact]
    public void A_short_wire_brief_of_a_few_sentences_is_an_article()
    {
        var article = ParseMarkdown(Page("title: Talks to resume", string.Join("\n", Reporting[0], Reporting[2])));

        Assert.Null(article.QualityFlag);
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
