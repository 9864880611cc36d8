using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Tests.Analysis;

public sealed class QuoteFinderTests
{
    private static List<FoundQuote> Quotes(string text) => [.. QuoteFinder.Find(text, TestCodebook.Tagger.FindMentions(text))];

    [Fact]
    public void A_named_person_with_a_verb_of_saying_is_the_speaker()
    {
        var quote = Assert.Single(Quotes("Russian negotiator Vladimir Medinsky described the dialogue as “difficult, but businesslike,” indicating a commitment."));
        Assert.Equal(("Vladimir Medinsky", "russia", "difficult, but businesslike"), (quote.Speaker, quote.StakeholderId, quote.Text));
    }

    [Fact]
    public void A_speaker_after_the_quote_and_straight_quotes_are_handled()
    {
        var quote = Assert.Single(Quotes("\"We will not give up our land,\" Zelensky said."));
        Assert.Equal(("Volodymyr Zelensky", "ukraine", "We will not give up our land"), (quote.Speaker, quote.StakeholderId, quote.Text));
    }

    [Theory]
    [InlineData("Russia insists that any settlement must recognize what it calls “new realities,” meaning the territories.", "new realities")]
    [InlineData("And yet, despite claims of “constructive dialogue,” the core disagreements remain.", "constructive dialogue")]
    [InlineData("This mismatch led to what one participant described as “confusing” discussions.", "confusing")]
    [InlineData("Ukraine may enter a long-term “frozen conflict” scenario.", "frozen conflict")]
    public void Scare_quotes_without_a_named_speaker_are_unattributed(string text, string phrase)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal((null, null, phrase), (quote.Speaker, quote.StakeholderId, quote.Text));
    }

    [Fact]
    public void A_person_in_another_sentence_does_not_speak_the_quote()
    {
        var quote = Assert.Single(Quotes("Rubio said little. Diplomats spoke of “aid fatigue” in Europe."));
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("\"It is in the interest of all market participants,\" said Wim Moret of Banque Paribas.", "Wim Moret", null)]
    [InlineData("Markus Lusser, vice-president of the central bank, said \"the loopholes must close\".", "Markus Lusser", null)]
    [InlineData("Russian negotiator Ivan Petrov said “no deal is near”.", "Ivan Petrov", "russia")]
    [InlineData("Foreign Minister Anna Berg told reporters: “we are ready”.", "Anna Berg", null)]
    public void A_full_name_the_codebook_does_not_know_is_the_speaker_next_to_said(string text, string speaker, string? stakeholder)
    {
        var quote = Assert.Single(Quotes(text));
        Assert.Equal((speaker, stakeholder), (quote.Speaker, quote.StakeholderId));
    }

    [Theory]
    [InlineData("The officials said “progress was made”.")]
    [InlineData("He said “progress was made”.")]
    public void Unnamed_groups_and_unresolved_pronouns_are_not_speakers(string text) =>
        Assert.Null(Assert.Single(Quotes(text)).Speaker);

    [Fact]
    public void An_institution_speaks_for_its_stakeholder()
    {
        var quote = Assert.Single(Quotes("The White House said “progress was made on every point”."));
        Assert.Equal(("White House", "united-states", AttributionMethod.SaidVerb), (quote.Speaker, quote.StakeholderId, quote.Method));
    }
}
