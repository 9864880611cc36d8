using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>Each way a text names who is speaking, on small hand-written paragraphs read as one article.</summary>
public sealed class QuoteAttributionTests
{
    /// <summary>The quotes of paragraphs read in order by one finder, as the analyzer reads an article.</summary>
    private static List<FoundQuote> Article(params string[] paragraphs)
    {
        var finder = new QuoteFinder();
        return [.. paragraphs.SelectMany(p => finder.FindNext(p, TestCodebook.Tagger.FindMentions(p)))];
    }

    [Theory]
    [InlineData("“We will hold the line in the east,” Sikorski said.")]
    [InlineData("“We will hold the line in the east,” said Radosław Sikorski.")]
    [InlineData("Sikorski told reporters on Monday that “we will hold the line in the east”.")]
    [InlineData("Sikorski added: “We will hold the line in the east.”")]
    public void A_verb_of_saying_on_either_side_names_the_speaker(string text)
    {
        var quote = Assert.Single(Article(text));
        Assert.Equal(("Radosław Sikorski", "poland", AttributionMethod.SaidVerb), (quote.Speaker, quote.StakeholderId, quote.Method));
    }

    [Fact]
    public void A_title_before_an_unknown_name_gives_the_role_and_its_country_the_stakeholder()
    {
        var quote = Assert.Single(Article("“The grid will be repaired within days,” Ukrainian Energy Minister Olha Marchenko said."));
        Assert.Equal(("Olha Marchenko", "ukraine", "Ukrainian Energy Minister"), (quote.Speaker, quote.StakeholderId, quote.Role));
    }

    [Fact]
    public void A_role_set_off_by_commas_after_the_name_places_the_speaker()
    {
        var quote = Assert.Single(Article("“The door to talks stays open,” Petra Novak, Hungary’s deputy foreign minister, said on Friday."));
        Assert.Equal(("Petra Novak", "hungary"), (quote.Speaker, quote.StakeholderId));
        Assert.StartsWith("Hungary’s deputy foreign minister", quote.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_nobody_knows_keeps_name_and_role_without_a_stakeholder()
    {
        var quote = Assert.Single(Article("“Winter will decide a great deal,” said Tomas Berg, a researcher at a Stockholm institute."));
        Assert.Equal("Tomas Berg", quote.Speaker);
        Assert.Equal("researcher at a Stockholm institute", quote.Role);
        Assert.Null(quote.StakeholderId);
    }

    [Fact]
    public void According_to_names_the_source()
    {
        var quote = Assert.Single(Article("The strikes hit “every major substation in the region”, according to Denys Shmyhal."));
        Assert.Equal(("Denys Shmyhal", "ukraine", AttributionMethod.AccordingTo), (quote.Speaker, quote.StakeholderId, quote.Method));
    }

    [Fact]
    public void A_pronoun_resolves_to_the_person_speaking_before()
    {
        var quotes = Article(
            "Karoline Leavitt spoke to journalists at the White House on Tuesday.",
            "“The president wants this war over by spring,” she said.");
        var quote = Assert.Single(quotes);
        Assert.Equal(("Karoline Leavitt", "united-states", AttributionMethod.Pronoun), (quote.Speaker, quote.StakeholderId, quote.Method));
    }

    [Fact]
    public void A_pronoun_skips_the_people_met_and_takes_the_subject()
    {
        var quotes = Article(
            "In Ankara, Wadephul met the Turkish foreign minister, Hakan Fidan, and an envoy of the Gulf states.",
            "“Germany will keep paying for air defence,” he said.");
        Assert.Equal("Johann Wadephul", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_quotation_with_no_speaker_in_its_sentence_continues_the_one_before()
    {
        var quotes = Article("“The plant must not be a bargaining chip,” Grossi said. “Its cooling lines were cut twice this month.”");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("Rafael Grossi", AttributionMethod.Continuation), (quotes[1].Speaker, quotes[1].Method));
    }

    [Fact]
    public void A_paragraph_that_is_all_quotation_continues_the_last_speaker()
    {
        var quotes = Article(
            "Orbán told state radio that the money should stay in Europe.",
            "“We will not pay for a war that cannot be won. Brussels must understand this.”");
        var quote = Assert.Single(quotes);
        Assert.Equal(("Viktor Orbán", "hungary", AttributionMethod.Continuation), (quote.Speaker, quote.StakeholderId, quote.Method));
    }

    [Fact]
    public void Speakers_inside_a_quotation_are_not_its_speaker()
    {
        var quote = Assert.Single(Article("“Putin does not want a ceasefire, he wants time,” Tusk said."));
        Assert.Equal("Donald Tusk", quote.Speaker);
    }

    [Fact]
    public void A_short_quote_nobody_says_is_a_phrase_and_a_long_one_a_quotation()
    {
        var quotes = Article("Officials spoke of “aid fatigue”. A leaflet read “leave the city before the bridges are closed to all traffic”.");
        Assert.True(quotes[0].IsPhrase);
        Assert.False(quotes[1].IsPhrase);
        Assert.All(quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void A_short_quote_a_named_person_says_is_a_quotation()
    {
        var quote = Assert.Single(Article("Merz called the offer “a trap”."));
        Assert.Equal(("Friedrich Merz", false), (quote.Speaker, quote.IsPhrase));
    }

    [Fact]
    public void A_persons_title_in_the_article_places_their_mentions()
    {
        var tagger = TestCodebook.Tagger;
        var paragraphs = new[] { "Kaja Kallas, Estonia’s prime minister, spoke first.", "Kallas then left for Riga." }
            .Select((t, i) => new ParagraphInput(i, t, t.Split(' ').Length)).ToList();
        var tags = ArticleAnalyzer.Tag(tagger, paragraphs);
        Assert.DoesNotContain(tags.Stakeholders, s => s.StakeholderId == "european-union");
        Assert.Contains(tags.Stakeholders, s => s.StakeholderId == "baltic-states");
    }
}
