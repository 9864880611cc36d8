using PeaceTalksTracker.Intake.Cleaning;
using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class PublicationDateRuleTests
{
    [Theory]
    [InlineData("https://www.theguardian.com/world/2026/feb/20/talks-stall")]
    [InlineData("https://example.com/news/2026/02/20/talks-stall/")]
    [InlineData("https://example.com/articles/20260220/talks-stall")]
    [InlineData("https://example.com/2026-02-20/talks-stall")]
    public void The_date_in_an_address_is_read_in_each_shape_publishers_use(string url)
    {
        Assert.Equal(new DateOnly(2026, 2, 20), PublicationDateRule.FromAddress(url));
    }

    [Theory]
    [InlineData("https://example.com/2026/13/40/x")]
    [InlineData("https://example.com/story/12345678")]
    [InlineData("not an address")]
    public void An_address_without_a_real_date_gives_none(string url)
    {
        Assert.Null(PublicationDateRule.FromAddress(url));
    }

    [Fact]
    public void When_the_address_and_the_text_disagree_the_address_wins_and_the_article_says_so()
    {
        var article = ParseMarkdown(Page("title: Talks stall\nurl: https://www.theguardian.com/world/2026/feb/20/talks-stall",
            "Talks stall\n7 February 2022\n" + Body()));

        Assert.Equal(new DateOnly(2026, 2, 20), article.PublishedOn);
        Assert.Equal("address", article.DateSource);
        Assert.Contains("7 February 2022", article.DateNote, StringComparison.Ordinal);
        Assert.Contains("20 February 2026 is used", article.DateNote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_front_matter_date_beats_the_text_and_agreeing_sources_leave_no_note()
    {
        var disagree = ParseMarkdown(Page("title: Talks stall\ndate: 2026-02-24", "Talks stall\nMarch 3, 2025\n" + Body()));
        var agree = ParseMarkdown(Page("title: Talks stall\ndate: 2026-02-24\nurl: https://example.com/2026/02/24/talks", Body()));

        Assert.Equal((new DateOnly(2026, 2, 24), "front matter"), (disagree.PublishedOn!.Value, disagree.DateSource!));
        Assert.NotNull(disagree.DateNote);
        Assert.Equal("address", agree.DateSource);
        Assert.Null(agree.DateNote);
    }

    [Fact]
    public void Only_an_updated_date_is_used_with_a_note_and_no_date_at_all_is_undated()
    {
        var updated = ParseMarkdown(Page("title: Talks stall\nupdated: 2026-02-25", Body()));
        var undated = ParseMarkdown(Page("title: Talks stall", Body()));

        Assert.Equal(new DateOnly(2026, 2, 25), updated.PublishedOn);
        Assert.Equal("only a last-updated date was given", updated.DateNote);
        Assert.Null(undated.PublishedOn);
        Assert.Null(undated.DateSource);
    }
}
