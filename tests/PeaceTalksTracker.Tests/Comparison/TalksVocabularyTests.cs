using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Tests.Comparison;

/// <summary>The comparison's synonym file: how a line is read, which forms it covers, and what the shipped file folds.</summary>
public sealed class TalksVocabularyTests
{
    private static readonly TalksVocabulary Small = TalksVocabulary.Parse("""
        # a comment line, ignored
        cede = cede concede "give up" "hand over"
        exchange = swap
        victory = win deny
        long-term = long-term
        a line without an equals sign is ignored
        """);

    [Theory]
    [InlineData("cede", "cede")]
    [InlineData("concede", "cede")]
    [InlineData("swap", "exchange")]
    [InlineData("win", "victory")]
    public void Every_listed_word_maps_to_its_group(string word, string group) => Assert.Equal(group, Small.GroupOf(word));

    [Theory]
    [InlineData("cedes")]
    [InlineData("ceded")]
    [InlineData("ceding")]
    [InlineData("concedes")]
    [InlineData("swapped")]
    [InlineData("swapping")]
    [InlineData("swaps")]
    [InlineData("winning")]
    [InlineData("denies")]
    [InlineData("denied")]
    public void The_regular_inflections_of_a_listed_word_share_its_group(string form) => Assert.NotNull(Small.GroupOf(form));

    [Theory]
    [InlineData("giving up", "cede")]
    [InlineData("gives up", "cede")]
    [InlineData("handed over", "cede")]
    public void A_phrase_is_found_with_its_first_word_inflected(string phrase, string group)
    {
        Assert.True(Small.StartsPhrase(phrase.AsSpan(0, phrase.IndexOf(' ', StringComparison.Ordinal))));
        Assert.Equal(group, Small.GroupOfPhrase(phrase));
    }

    [Theory]
    [InlineData("give ups")]
    [InlineData("give")]
    [InlineData("up give")]
    public void Only_the_first_word_of_a_phrase_inflects_and_its_words_keep_their_order(string words) =>
        Assert.Null(Small.GroupOfPhrase(words));

    [Fact]
    public void Comments_lines_without_a_group_and_unlisted_words_map_to_nothing()
    {
        Assert.Null(Small.GroupOf("comment"));
        Assert.Null(Small.GroupOf("line"));
        Assert.Null(Small.GroupOf("trade"));
        Assert.False(Small.StartsPhrase("hand-over"));
    }

    [Fact]
    public void A_hyphenated_entry_is_not_inflected() => Assert.Null(Small.GroupOf("long-terms"));

    [Theory]
    [InlineData("truce", "ceasefire")]
    [InlineData("cease-fire", "ceasefire")]
    [InlineData("relinquish", "cede")]
    [InlineData("kiev", "ukrain")]
    [InlineData("kremlin", "russia")]
    [InlineData("washington", "usa")]
    [InlineData("atomic", "nuclear")]
    [InlineData("oblast", "region")]
    [InlineData("blueprint", "plan")]
    [InlineData("unleashed", "launch")]
    public void The_shipped_vocabulary_folds_the_talks_synonyms(string word, string group) =>
        Assert.Equal(group, TalksVocabulary.Shipped.GroupOf(word));

    [Fact]
    public void The_shipped_vocabulary_keeps_words_with_another_common_meaning_out() =>
        Assert.All(new[] { "trade", "yield", "ground", "power" }, word => Assert.Null(TalksVocabulary.Shipped.GroupOf(word)));
}
