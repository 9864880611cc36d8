using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>
/// The general patterns of attribution, each on several paragraphs written for this test (none taken from an article):
/// the saying verb before or after, pronouns, "according to", titles with a country adjective, scare quotes.
/// </summary>
public sealed class AttributionPatternTests
{
    private static List<FoundQuote> Article(params string[] paragraphs)
    {
        var finder = new QuoteFinder();
        return [.. paragraphs.SelectMany(p => finder.FindNext(p, TestCodebook.Tagger.FindMentions(p)))];
    }

    [Theory]
    [InlineData("“There is no deal without Kyiv at the table,” Macron said on Thursday.", "Emmanuel Macron", "france")]
    [InlineData("“There is no deal without Kyiv at the table,” said Emmanuel Macron.", "Emmanuel Macron", "france")]
    [InlineData("Macron said on Thursday: “There is no deal without Kyiv at the table.”", "Emmanuel Macron", "france")]
    [InlineData("“We have not received the text,” Peskov told reporters.", "Dmitry Peskov", "russia")]
    [InlineData("“We have not received the text,” the Kremlin spokesman Dmitry Peskov insisted.", "Dmitry Peskov", "russia")]
    [InlineData("“The sanctions stay until the guns fall silent,” warned Keir Starmer.", "Keir Starmer", "united-kingdom")]
    [InlineData("Fidan wrote on X that “Istanbul remains ready to host both delegations”.", "Hakan Fidan", "turkey")]
    public void The_codebooks_people_are_found_with_the_verb_on_either_side(string text, string speaker, string stakeholder)
    {
        var quote = Assert.Single(Article(text));
        Assert.Equal((speaker, stakeholder, AttributionMethod.SaidVerb, false), (quote.Speaker, quote.StakeholderId, quote.Method, quote.IsPhrase));
    }

    [Theory]
    [InlineData("“Our pilots need the jets before the spring,” Dutch Defence Minister Ruben Brekelmans said.", "Ruben Brekelmans", "Dutch Defence Minister", null)]
    [InlineData("“The pipeline will not reopen,” said Slovak Prime Minister Peter Kovac.", "Peter Kovac", "Slovak Prime Minister", null)]
    [InlineData("“We will buy the shells wherever they are made,” German Defence Minister Karl Weber said.", "Karl Weber", "German Defence Minister", "germany")]
    [InlineData("“Warsaw will not open the border crossings,” Polish Deputy Foreign Minister Anna Wrona said.", "Anna Wrona", "Polish Deputy Foreign Minister", "poland")]
    [InlineData("“The grain must move,” said Turkish Trade Minister Selim Aydin.", "Selim Aydin", "Turkish Trade Minister", "turkey")]
    [InlineData("“This loan is theft,” Russian Finance Minister Ivan Sokolov said.", "Ivan Sokolov", "Russian Finance Minister", "russia")]
    public void A_title_with_a_country_adjective_gives_role_and_stakeholder(string text, string speaker, string role, string? stakeholder)
    {
        var quote = Assert.Single(Article(text));
        Assert.Equal((speaker, role, stakeholder), (quote.Speaker, quote.Role, quote.StakeholderId));
    }

    [Fact]
    public void A_pronoun_goes_to_the_last_subject_not_to_a_person_only_mentioned()
    {
        var quotes = Article(
            "Starmer flew to Kyiv on Friday after a call with Donald Trump.",
            "“We will stand with Ukraine for as long as it takes,” he said.");
        Assert.Equal(("Keir Starmer", AttributionMethod.Pronoun), (Assert.Single(quotes).Speaker, quotes[0].Method));
    }

    [Fact]
    public void A_surname_after_the_verb_is_the_full_name_met_earlier()
    {
        var quotes = Article(
            "Lena Hartmann, an analyst at a Vienna institute, has followed the talks since spring.",
            "The offer is “a pause, not a peace”, said Hartmann.");
        Assert.Equal(("Lena Hartmann", AttributionMethod.SaidVerb), (Assert.Single(quotes).Speaker, quotes[0].Method));
    }

    [Fact]
    public void She_said_follows_the_woman_speaking_in_the_paragraph_before()
    {
        var quotes = Article(
            "“The money is there,” said Ursula von der Leyen, opening the summit.",
            "“What we need now is the will to use it,” she said.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("Ursula von der Leyen", "european-union", AttributionMethod.Pronoun), (quotes[1].Speaker, quotes[1].StakeholderId, quotes[1].Method));
    }

    [Theory]
    [InlineData("The drones hit “three substations and a water plant”, according to Ukraine’s energy ministry.", null)]
    [InlineData("The envoys will meet “within ten days in a Gulf capital”, according to Rubio.", "Marco Rubio")]
    [InlineData("According to Sybiha, the offer “changes nothing on the ground for our people”.", "Andrii Sybiha")]
    public void According_to_names_the_source_on_either_side(string text, string? speaker)
    {
        var quote = Assert.Single(Article(text));
        Assert.Equal(AttributionMethod.AccordingTo, quote.Method);
        if (speaker is not null)
        {
            Assert.Equal(speaker, quote.Speaker);
        }
        else
        {
            Assert.NotNull(quote.Speaker);
        }
    }

    [Theory]
    [InlineData("Residents spoke of “a long winter”.")]
    [InlineData("Critics dismissed the plan as a “peace of the graveyard”.")]
    [InlineData("The so-called “coalition of the willing” met again in London.")]
    public void Scare_quotes_stay_phrases_without_a_speaker(string text)
    {
        var quote = Assert.Single(Article(text));
        Assert.True(quote.IsPhrase);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_short_quotation_with_its_speaker_is_a_quotation_and_a_long_unattributed_one_is_too()
    {
        var quotes = Article(
            "“Absolutely not,” Meloni said.",
            "A banner on the square read “we will rebuild every house the shells destroyed in this town”.");
        Assert.Equal(("Giorgia Meloni", false), (quotes[0].Speaker, quotes[0].IsPhrase));
        Assert.False(quotes[1].IsPhrase);
        Assert.Null(quotes[1].Speaker);
    }
}
