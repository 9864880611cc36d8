using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Tests.Comparison;

/// <summary>Finding quoted words in a passage, and telling whether two reports carry the same quotation.</summary>
public sealed class QuotationsTests
{
    private static List<string> Quoted(string text) => Quotations.QuotedSpans(text).ConvertAll(s => s.Of(text));

    [Fact]
    public void Finds_the_words_between_curly_and_straight_quotation_marks()
    {
        Assert.Equal(["We are ready for a ceasefire", "not one step back"],
            Quoted("Zelensky said: “We are ready for a ceasefire”, adding \"not one step back\"."));
    }

    [Fact]
    public void An_unclosed_quotation_runs_to_the_end_of_the_passage() =>
        Assert.Equal(["We will keep fighting until the end of the war."], Quoted("He said: “We will keep fighting until the end of the war."));

    [Fact]
    public void A_straight_quote_right_after_a_letter_or_digit_opens_nothing() =>
        Assert.Empty(Quoted("The 12\" shells and the rebels' positions were hit."));

    [Fact]
    public void The_same_words_are_the_same_quotation_whoever_is_named_and_with_a_sentence_more()
    {
        var a = Quotations.TermsOf("Russia launched a massive missile attack on the very day the talks began");
        var b = Quotations.TermsOf("Russia launched a massive missile attack on the very day the talks began. We need pressure on Moscow");

        Assert.True(Quotations.Same(a, b));
        Assert.Equal(1.0, Quotations.Overlap(a, b));
    }

    [Fact]
    public void Different_words_on_the_same_subject_are_not_the_same_quotation()
    {
        var a = Quotations.TermsOf("Russia launched a massive missile attack on the very day the talks began");
        var b = Quotations.TermsOf("We are ready to meet Putin in any format to end the war");

        Assert.False(Quotations.Same(a, b));
    }

    [Fact]
    public void A_slogan_of_a_few_words_is_too_short_to_match() =>
        Assert.Equal(0, Quotations.Overlap(Quotations.TermsOf("peace now"), Quotations.TermsOf("peace now, they chanted in Kyiv")));
}
