using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Tests.Comparison;

/// <summary>What a passage's words become before two passages are compared.</summary>
public sealed class PassageTermsTests
{
    private static List<string> Stems(string text) => PassageTerms.Tokenize(text).ConvertAll(t => t.Stem);

    [Theory]
    [InlineData("$95bn for Ukraine", "95 billion dollars for Ukraine", "95")]
    [InlineData("seven leaders", "7 leaders", "7")]
    [InlineData("one-fifth of Donetsk", "20% of Donetsk", "20")]
    [InlineData("a fifth of Donetsk", "20 per cent of Donetsk", "20")]
    [InlineData("8,000 troops", "8000 soldiers", "8000")]
    public void A_number_reads_the_same_in_every_notation(string a, string b, string number)
    {
        Assert.Contains(number, Stems(a));
        Assert.Contains(number, Stems(b));
    }

    [Theory]
    [InlineData("Moscow wants Kyiv to give up the rest of Donetsk", "cede")]
    [InlineData("Kyiv refuses to hand over the region", "cede")]
    [InlineData("a thirty-day truce", "ceasefire")]
    [InlineData("shelling along the front line", "frontline")]
    [InlineData("the White House said", "usa")]
    [InlineData("U.S. envoys arrived", "usa")]
    [InlineData("Washington wants a deal", "usa")]
    [InlineData("the Kremlin said", "russia")]
    [InlineData("Moscow said", "russia")]
    [InlineData("Kyiv said", "ukrain")]
    public void The_talks_synonyms_and_phrases_fold_into_one_term(string text, string term) => Assert.Contains(term, Stems(text));

    [Fact]
    public void Inflections_and_british_spellings_share_a_stem()
    {
        Assert.Equal(Stems("negotiations recognised"), Stems("negotiating recognized"));
        Assert.Equal(Stems("Russia's demands"), Stems("Russia’s demand"));
    }

    [Fact]
    public void Stop_words_weekdays_and_one_letter_words_are_left_out() =>
        Assert.Equal(["envoy", "arriv"], Stems("The envoys had arrived on Tuesday, as I said"));

    [Fact]
    public void A_name_inside_a_sentence_and_a_large_number_weigh_more_than_the_topic_vocabulary()
    {
        var tokens = PassageTerms.Tokenize("Talks on the war resumed as Witkoff and Umerov met in Geneva with 396 drones overnight.");

        Assert.Equal(TermWeights.Topic, tokens.First(t => t.Stem == "war").Weight);
        Assert.Equal(TermWeights.Fact, tokens.First(t => t.Stem == "umerov").Weight);
        Assert.Equal(TermWeights.Fact, tokens.First(t => t.Stem == "geneva").Weight);
        Assert.Equal(TermWeights.Fact, tokens.First(t => t.Stem == "396").Weight);
        Assert.Equal(TermWeights.Content, tokens.First(t => t.Stem == "drone").Weight);
    }

    [Fact]
    public void A_year_dates_a_passage_like_a_month_and_weighs_less_than_a_count()
    {
        var tokens = PassageTerms.Tokenize("Since the invasion of 2022, some 2,022 soldiers were lost, and $2023bn spent, by March.");

        Assert.Equal(TermWeights.Generic, tokens.First(t => t.Stem == "2022").Weight);
        Assert.Equal(TermWeights.Generic, tokens.First(t => t.Stem == "march").Weight);
        Assert.Equal(TermWeights.Fact, tokens.Last(t => t.Stem == "2022").Weight);
        Assert.Equal(TermWeights.Fact, tokens.First(t => t.Stem == "2023").Weight);
    }

    [Fact]
    public void Each_token_points_at_the_text_it_came_from()
    {
        var text = "Negotiators agreed a prisoner swap.";
        Assert.All(PassageTerms.Tokenize(text), t => Assert.True(char.IsLetterOrDigit(text[t.Start]) && t.Start + t.Length <= text.Length));
        Assert.Contains(PassageTerms.Tokenize(text), t => text.Substring(t.Start, t.Length) == "swap" && t.Stem == "exchange");
    }

    [Fact]
    public void A_given_name_weighs_what_its_surname_weighs()
    {
        var tokens = PassageTerms.Tokenize("Talks went on as Donald Trump called Vladimir Putin and Dmytro Kuleba flew in.");

        Assert.Equal(tokens.First(t => t.Stem == "trump").Weight, tokens.First(t => t.Stem == "donald").Weight);
        Assert.Equal(TermWeights.Topic, tokens.First(t => t.Stem == "vladimir").Weight);
        Assert.Equal(TermWeights.Fact, tokens.First(t => t.Stem == "dmytro").Weight);
    }

    [Fact]
    public void Discourse_connectives_are_left_out() =>
        Assert.Equal(["envoy", "object", "mediat", "redraft", "text"], Stems("The envoys, in turn, objected; instead the mediators, as it turned out, redrafted the text."));
}
