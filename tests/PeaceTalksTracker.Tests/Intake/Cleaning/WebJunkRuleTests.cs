using PeaceTalksTracker.Articles;
using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class WebJunkRuleTests
{
    [Theory]
    [InlineData("Previous Article How the grain deal fell apart", RemovedTextKind.Navigation)]
    [InlineData("Next Story Sanctions tighten on Russian banks", RemovedTextKind.Navigation)]
    [InlineData("We use cookies to improve your experience on our site. By continuing you agree to this.", RemovedTextKind.Notice)]
    [InlineData("Your browser does not support the audio element.", RemovedTextKind.Notice)]
    [InlineData("Turn on notifications to get instant alerts about breaking news", RemovedTextKind.Notice)]
    [InlineData("Currently receiving 0 of 3 possible notifications", RemovedTextKind.Notice)]
    [InlineData("Your feedback will be used to help improve Google Translate", RemovedTextKind.Notice)]
    [InlineData("Sign up for our morning newsletter and get the day's top stories", RemovedTextKind.Promotion)]
    [InlineData("Follow us on Telegram for live coverage of the war", RemovedTextKind.Promotion)]
    [InlineData("ADVERTISEMENT", RemovedTextKind.Promotion)]
    [InlineData("Subscribe to continue reading this story", RemovedTextKind.Paywall)]
    [InlineData("Email   Facebook   Twitter / X   WhatsApp", RemovedTextKind.ShareBar)]
    [InlineData("Opinions expressed in this commentary are the writer's own and do not necessarily reflect those of the institute.", RemovedTextKind.Other)]
    [InlineData("Black Sea Security Program’s mission is to foster dialogue between the littoral states and their partners.", RemovedTextKind.Other)]
    [InlineData("Related coverage: Grain corridor reopens as insurers return to the Black Sea after a month", RemovedTextKind.RelatedLinks)]
    [InlineData("Other Stories of Interest Poland Opens Second Border Crossing for Trucks Warsaw said the crossing would ease queues.", RemovedTextKind.RelatedLinks)]
    [InlineData("You may also like Sanctions tighten on Russian banks", RemovedTextKind.RelatedLinks)]
    public void A_junk_line_in_the_body_is_taken_out_and_kept_aside_with_its_kind(string junk, RemovedTextKind kind)
    {
        var article = ParseMarkdown(Page("title: Talks in Geneva", string.Join("\n", Reporting[..3].Append(junk).Concat(Reporting[3..]))));

        Assert.DoesNotContain(junk.Split(' ')[0], AllText(article), StringComparison.Ordinal);
        Assert.Contains(article.RemovedTexts, r => r.Kind == kind && r.Text.StartsWith(junk.Split(' ')[0], StringComparison.Ordinal));
        Assert.Equal(Reporting.Length, article.Paragraphs.Count);
    }

    [Fact]
    public void Reporting_that_mentions_cookies_newsletters_or_notifications_stays_in_the_body()
    {
        const string reporting = "The Kremlin said it had sent formal notifications to Kyiv about the prisoner exchange, and officials "
            + "said the newsletter of the Ukrainian parliament would publish the list once both sides had confirmed the names, "
            + "which negotiators hope will happen before the next round of talks in Geneva at the end of the month.";
        var article = ParseMarkdown(Page("title: Talks in Geneva", Body(reporting, "The talks will resume in March.")));

        Assert.Contains(reporting, AllText(article), StringComparison.Ordinal);
        Assert.Empty(article.RemovedTexts);
    }

    [Fact]
    public void Reporting_on_a_mission_or_on_views_stays_in_the_body()
    {
        const string mission = "NATO's mission is to defend its members, the alliance's chief said, and the monitoring mission's mandate ends in May.";
        const string views = "The views expressed by the delegations in Geneva were far apart, diplomats said, and the talks do not resume until March.";
        var article = ParseMarkdown(Page("title: Talks in Geneva", Body(mission, views)));

        Assert.Contains(mission, AllText(article), StringComparison.Ordinal);
        Assert.Contains(views, AllText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void Reporting_that_begins_with_related_or_read_stays_in_the_body()
    {
        const string related = "Related talks in Istanbul on the grain corridor ended without agreement, officials said on Tuesday.";
        const string read = "Read together, the two statements suggest that Moscow has not moved on its demands.";
        var article = ParseMarkdown(Page("title: Talks in Geneva", Body(related, read)));

        Assert.Contains(related, AllText(article), StringComparison.Ordinal);
        Assert.Contains(read, AllText(article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_of_short_headline_lines_ending_the_body_is_related_links()
    {
        var article = ParseMarkdown(Page("title: Talks in Geneva", Body(
            "Why the Black Sea deal matters for grain prices",
            "Inside the negotiating room in Istanbul",
            "Five things to know about the sanctions package")));

        Assert.Equal(Reporting.Length, article.Paragraphs.Count);
        Assert.Equal(3, article.RemovedTexts.Count(r => r.Kind == RemovedTextKind.RelatedLinks));
    }

    [Fact]
    public void Short_lines_after_a_next_article_link_are_related_links_even_with_full_stops()
    {
        var article = ParseMarkdown(Page("title: Talks in Geneva", Body(
            "Next Article The ceasefire that never was",
            "A frozen conflict may be the best outcome on offer.",
            "Drone strikes reflect frustration, not victory.")));

        Assert.Equal(Reporting.Length, article.Paragraphs.Count);
        Assert.Equal(2, article.RemovedTexts.Count(r => r.Kind == RemovedTextKind.RelatedLinks));
    }

    [Fact]
    public void A_closing_short_reporting_paragraph_is_not_taken_for_related_links()
    {
        var article = ParseMarkdown(Page("title: Talks in Geneva", Body("Talks resume on Monday.", "Both sides agreed.", "Observers were hopeful.")));

        Assert.Equal(Reporting.Length + 3, article.Paragraphs.Count);
    }
}
