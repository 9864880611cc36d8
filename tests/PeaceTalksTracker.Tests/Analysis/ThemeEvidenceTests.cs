using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>
/// The sentence-aware weighing of theme evidence, on a codebook written for these tests so the rules are checked
/// apart from the real codebook's weights: "front line" strong (2), "troops" and "attacks" generic (1),
/// "tactical" a company word (0.5); threshold 2.
/// </summary>
public sealed class ThemeEvidenceTests
{
    private static readonly ParagraphTagger Tagger = new(CodebookLoader.Parse("""
        {
          "stakeholders": [ { "id": "ukraine", "name": "Ukraine", "aliases": [ "Ukraine" ] } ],
          "themes": [
            { "id": "fighting", "name": "Fighting", "evidence": { "front line": 2, "troops": 1, "attacks": 1, "shells": 1, "tactical": 0.5 } },
            { "id": "talks", "name": "Talks", "threshold": 2.5, "evidence": { "peace talks": 2, "dialogue": 1, "diplomacy": 0.5, "compromise": 0.5 } }
          ]
        }
        """, "test.json"));

    private static FoundTheme? Theme(string text, string id) => Tagger.FindThemes(text).SingleOrDefault(t => t.ThemeId == id);

    [Fact]
    public void Two_generic_words_in_one_sentence_assign_the_theme()
    {
        var theme = Theme("Troops repelled attacks near the river. The weather was cold.", "fighting");
        Assert.NotNull(theme);
        Assert.Equal(["troops", "attacks"], theme.Evidence);
    }

    [Fact]
    public void Two_generic_words_sentences_apart_do_not()
    {
        Assert.Null(Theme("Troops were sent home for the holidays. Months later, hackers claimed attacks on a bank.", "fighting"));
    }

    [Fact]
    public void Three_generic_words_across_the_paragraph_are_enough()
    {
        Assert.NotNull(Theme("Troops moved east. Attacks followed at dawn. Shells fell all day.", "fighting"));
    }

    [Fact]
    public void A_company_word_counts_beside_another_term_of_its_theme()
    {
        var theme = Theme("The peace talks opened. Quiet diplomacy and a compromise on prisoners kept them going.", "talks");
        Assert.NotNull(theme);
        Assert.Equal(3, theme.Score);
    }

    [Fact]
    public void A_company_word_alone_in_its_sentence_does_not_count()
    {
        // "peace talks" (2) needs company to reach 2.5; "diplomacy" in a sentence of its own is a passing word.
        Assert.Null(Theme("The peace talks opened in spring. Historians will judge the diplomacy of the era.", "talks"));
    }

    [Fact]
    public void A_one_sentence_paragraph_is_weighed_whole()
    {
        Assert.NotNull(Theme("The peace talks stalled as diplomacy faltered.", "talks"));
        Assert.NotNull(Theme("The troops held out against attacks", "fighting"));
    }

    [Fact]
    public void A_strong_term_needs_no_sentence_company()
    {
        var theme = Theme("The front line barely moved. Troops dug in for the winter.", "fighting");
        Assert.NotNull(theme);
        Assert.Equal(3, theme.Score);
    }

    [Fact]
    public void An_abbreviation_does_not_split_a_sentence()
    {
        // "Gen." is not a sentence end, so both generic words sit in one sentence.
        Assert.NotNull(Theme("Lt. Gen. Smith said troops had beaten off attacks overnight. Nothing else was said.", "fighting"));
    }
}
