using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Tests.Articles;

public sealed class WordsTests
{
    [Theory]
    [InlineData("Talks resume in Geneva", 4)]
    [InlineData("  spaced\tout \n words ", 3)]
    [InlineData("", 0)]
    public void Words_between_spaces_are_counted(string text, int expected) => Assert.Equal(expected, Words.Count(text));

    [Theory]
    [InlineData("停戦協議", 4)]
    [InlineData("ジュネーブで協議", 8)]
    [InlineData("NATO と 停戦", 4)]
    public void Each_chinese_or_japanese_character_counts_as_a_word(string text, int expected) => Assert.Equal(expected, Words.Count(text));
}
