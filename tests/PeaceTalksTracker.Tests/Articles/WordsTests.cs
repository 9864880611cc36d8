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

    [Theory]
    [InlineData("Talks resume — U.S. envoy", 5)]
    [InlineData("停戦 talks", 3)]
    public void A_reading_count_takes_runs_of_letters_and_digits_and_each_cjk_character(string text, int expected) => Assert.Equal(expected, Words.CountReading(text));

    [Theory]
    [InlineData("Net loss 7,041,000 vs loss 467,000", true)]
    [InlineData("12 months", true)]
    [InlineData("The 2022 Invasion", false)]
    [InlineData("Talks resume in Geneva", false)]
    public void A_line_of_figures_is_told_from_words_and_a_year_is_a_word(string line, bool expected) => Assert.Equal(expected, Words.IsFigures(line));
}
