using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class HeadlineRuleTests
{
    [Theory]
    [InlineData("Moscow CNN —")]
    [InlineData("CNN —")]
    [InlineData("KYIV (Reuters) -")]
    public void A_dateline_first_line_is_the_dateline_and_the_title_comes_from_the_lede(string dateline)
    {
        var article = ParseText($"{dateline}\n{Body()}");

        Assert.True(article.TitleIsDerived);
        Assert.StartsWith("Delegations from Kyiv and Moscow met in Geneva", article.Title, StringComparison.Ordinal);
        Assert.Equal(dateline.TrimEnd('—', '-', ' '), article.Dateline);
    }

    [Theory]
    [InlineData("16:14")]
    [InlineData("VIEW VIDEO")]
    [InlineData("Newsletter As news happens")]
    [InlineData("Listen to this article")]
    public void A_time_a_label_or_a_banner_is_not_a_title(string line)
    {
        var article = ParseText($"{line}\n{Body()}");

        Assert.True(article.TitleIsDerived);
        Assert.StartsWith("Delegations from Kyiv and Moscow met in Geneva", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_headline_stays_the_title()
    {
        var article = ParseText($"Geneva Talks End Without a Deal\n{Body()}");

        Assert.Equal("Geneva Talks End Without a Deal", article.Title);
    }
}
