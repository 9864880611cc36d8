using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Tests.Comparison;

/// <summary>Where a passage's sentences end, and which units a long paragraph is compared in.</summary>
public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => SentenceSplitter.Sentences(text).ConvertAll(s => s.Of(text));

    [Fact]
    public void Splits_at_full_stops_question_and_exclamation_marks()
    {
        Assert.Equal(["Talks resumed in Geneva.", "Will they last?", "Nobody knows!", "Both sides left."],
            Sentences("Talks resumed in Geneva. Will they last? Nobody knows! Both sides left."));
    }

    [Fact]
    public void Titles_initials_and_abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(["Mr. Putin met J. D. Vance in Feb. 2025 with Gen. Syrskyi absent.", "The U.S. envoy left."],
            Sentences("Mr. Putin met J. D. Vance in Feb. 2025 with Gen. Syrskyi absent. The U.S. envoy left."));
    }

    [Fact]
    public void A_closing_quotation_mark_stays_with_its_sentence()
    {
        Assert.Equal(["“We will not give up our land.”", "Zelensky spoke in Kyiv."],
            Sentences("“We will not give up our land.” Zelensky spoke in Kyiv."));
    }

    [Fact]
    public void A_dot_before_a_lower_case_word_is_not_a_sentence_end() =>
        Assert.Single(Sentences("The delegations met at 10 a.m. on the first day and talked for hours."));

    [Fact]
    public void Sentences_are_trimmed_and_a_text_without_an_end_is_one_sentence()
    {
        var text = "   The talks went on without a break   ";
        var sentence = Assert.Single(SentenceSplitter.Sentences(text));
        Assert.Equal("The talks went on without a break", sentence.Of(text));
    }

    [Fact]
    public void A_short_paragraph_is_compared_whole()
    {
        var text = "Talks resumed in Geneva. Both sides left without a statement.";
        var unit = Assert.Single(SentenceSplitter.Units(text, longWords: 35, minWords: 4));
        Assert.Equal(text, unit.Of(text));
    }

    [Fact]
    public void A_long_paragraph_is_compared_sentence_by_sentence_and_a_short_sentence_joins_its_neighbour()
    {
        var text = "Russia launched a barrage of drones at Kyiv as the talks opened in Geneva on Tuesday morning. " +
            "Officials said so. Ukraine's negotiators asked for a ceasefire on energy infrastructure before anything else.";

        var units = SentenceSplitter.Units(text, longWords: 20, minWords: 4).ConvertAll(u => u.Of(text));

        Assert.Equal(
            ["Russia launched a barrage of drones at Kyiv as the talks opened in Geneva on Tuesday morning. Officials said so.",
             "Ukraine's negotiators asked for a ceasefire on energy infrastructure before anything else."],
            units);
    }

    [Fact]
    public void A_long_sentence_is_cut_into_clauses_at_semicolons_dashes_and_conjunctions_after_a_comma()
    {
        var text = "The delegations spent the morning on maps of the front and energy sites; in the afternoon they turned to prisoners, " +
            "while the mediators drafted a statement for the press – which nobody signed in the end.";
        var sentence = Assert.Single(SentenceSplitter.Sentences(text));

        var clauses = SentenceSplitter.Clauses(text, sentence, longWords: 20, minWords: 4).ConvertAll(c => c.Of(text));

        Assert.Equal(
            ["The delegations spent the morning on maps of the front and energy sites;", "in the afternoon they turned to prisoners,",
             "while the mediators drafted a statement for the press –", "which nobody signed in the end."],
            clauses);
    }

    [Fact]
    public void A_short_clause_stays_with_its_neighbour_and_a_short_sentence_has_no_clauses()
    {
        var text = "Both sides agreed, but only after six hours of talks about the sequencing of sanctions relief and the inspections at the plant.";
        var sentence = Assert.Single(SentenceSplitter.Sentences(text));

        Assert.Empty(SentenceSplitter.Clauses(text, sentence, longWords: 20, minWords: 4));
        Assert.Empty(SentenceSplitter.Clauses(text, sentence, longWords: 40, minWords: 1));
    }
}
