using static PeaceTalksTracker.Tests.Analysis.TestCodebook;

namespace PeaceTalksTracker.Tests.Analysis;

public sealed class StakeholderMatchingTests
{
    [Theory]
    [InlineData("Talks between the US and Russia resumed.", "united-states:US", "russia:Russia")]
    [InlineData("The U.S. and the U.K. signed.", "united-states:U.S.", "united-kingdom:U.K.")]
    [InlineData("The UN and the EU issued a statement.", "united-nations:UN", "european-union:EU")]
    [InlineData("NATO allies met in Brussels.", "nato:NATO", "european-union:Brussels")]
    public void Acronyms_match_with_their_capitals_and_dots(string text, params string[] expected) =>
        Assert.Equal(expected, Mentions(text));

    [Theory]
    [InlineData("Let us hope the talks succeed; it is up to us.")]
    [InlineData("The un-named official spoke to eu and uk reporters.")]
    [InlineData("Western capitals were silent about the turkey dinner.")]
    public void Lower_case_words_and_western_are_not_stakeholders(string text) =>
        Assert.Empty(Mentions(text));

    [Fact]
    public void Possessives_and_plurals_count_with_straight_and_curly_apostrophes() =>
        Assert.Equal(
            ["russia:Russia's", "russia:Russia’s", "ukraine:Ukrainians", "united-states:Americans", "ukraine:Ukraines"],
            Mentions("Russia's demands and Russia’s army; Ukrainians and Americans; Ukraines Deputy Foreign Minister"));

    [Fact]
    public void The_longest_alias_wins_and_mentions_never_overlap()
    {
        Assert.Equal(["united-states:United States"], Mentions("the United States"));
        Assert.Equal(["european-union:European Union"], Mentions("the European Union"));
        Assert.Equal(["united-states:United States of America"], Mentions("the United States of America"));
        Assert.Equal(["united-nations:UN Security Council"], Mentions("the UN Security Council"));
    }

    [Fact]
    public void Hyphenated_pairs_give_both_stakeholders()
    {
        Assert.Equal(["united-states:US", "ukraine:Ukraine"], Mentions("More on US-Ukraine relations."));
        Assert.Equal(["russia:Russia", "ukraine:Ukraine"], Mentions("Russia-Ukraine negotiations"));
        Assert.Equal(["ukraine:Ukraine", "russia:Russia"], Mentions("Ukraine–Russia talks"));
    }

    [Theory]
    [InlineData("Vladimir Putin", "russia:Vladimir Putin")]
    [InlineData("Putin’s team", "russia:Putin’s")]
    [InlineData("Zelensky and Zelenskyy", "ukraine:Zelensky", "ukraine:Zelenskyy")]
    [InlineData("Medinsky, Umerov and Kyslytsya", "russia:Medinsky", "ukraine:Umerov", "ukraine:Kyslytsya")]
    [InlineData("Rubio met Marco Rubio", "united-states:Rubio", "united-states:Marco Rubio")]
    [InlineData("Trump called Erdogan and Xi", "united-states:Trump", "turkey:Erdogan", "china:Xi")]
    public void People_map_to_the_stakeholder_they_speak_for(string text, params string[] expected) =>
        Assert.Equal(expected, Mentions(text));

    [Theory]
    [InlineData("Chinese envoys", "china:Chinese")]
    [InlineData("American officials", "united-states:American")]
    [InlineData("Washington signals doubts", "united-states:Washington")]
    [InlineData("London and Kyiv", "united-kingdom:London", "ukraine:Kyiv")]
    [InlineData("the Kremlin and the White House", "russia:Kremlin", "united-states:White House")]
    [InlineData("Türkiye and Ankara", "turkey:Türkiye", "turkey:Ankara")]
    [InlineData("UKRAINE TALKS WITH RUSSIA", "ukraine:UKRAINE", "russia:RUSSIA")]
    public void Adjectives_capitals_and_institutions_name_their_stakeholder(string text, params string[] expected) =>
        Assert.Equal(expected, Mentions(text));

    [Fact]
    public void Ignored_phrases_hide_the_alias_inside_them() =>
        Assert.Equal(["united-states:America"], Mentions("Latin America and America"));

    [Fact]
    public void Offsets_point_at_the_mention_in_the_text()
    {
        const string text = "In the U.S., Russia’s position is clear.";
        foreach (var mention in Tagger.FindMentions(text))
        {
            Assert.Equal(mention.Text, text.Substring(mention.Start, mention.Length));
        }
    }
}
