using static PeaceTalksTracker.Tests.Analysis.TestCodebook;

namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>The vocabulary of the 2025–26 talks, one family per case, on sentences written for the test.</summary>
public sealed class TalksVocabularyTests
{
    [Theory]
    [InlineData("Negotiators floated a thirty-day truce over the holidays.", "mediation")]
    [InlineData("The envoys left the peace talks without a date for the next session.", "mediation")]
    [InlineData("Moscow wants Kyiv to cede the rest of the region in a land swap.", "territory")]
    [InlineData("Kyiv refuses any withdrawal from towns it still holds, rejecting talk of losing territory.", "territory")]
    [InlineData("Inspectors warned about the cooling ponds of the Zaporizhzhia nuclear plant.", "territory")]
    [InlineData("Both capitals discussed an energy truce covering refineries and substations.", "mediation")]
    [InlineData("Ministers argued over a reparations loan backed by frozen Russian assets.", "economy-sanctions")]
    [InlineData("Washington pressed Kyiv to sign a minerals deal on rare earths.", "economy-sanctions")]
    [InlineData("A reassurance force from a coalition of the willing would deploy after a ceasefire.", "security-guarantees")]
    [InlineData("Overnight barrages of drones and ballistic missiles hit the western regions.", "battlefield")]
    [InlineData("Investigators exhumed a mass grave after the massacre of villagers.", "humanitarian")]
    [InlineData("Parliament approved the budget after a bipartisan vote in the Senate.", "domestic-politics")]
    [InlineData("Officials said Moscow was stalling, a ploy to buy time.", "trust")]
    [InlineData("Few expect the war to end any time soon.", "outlook")]
    [InlineData("He called the invasion a revival of imperial ambitions and spheres of influence.", "international-order")]
    public void The_talks_vocabulary_assigns_its_theme(string text, string theme) => Assert.Contains(theme, Themes(text));

    [Theory]
    [InlineData("The strike was called off.")]
    [InlineData("Food was served after the meeting.")]
    [InlineData("The package arrived on Tuesday.")]
    [InlineData("She spoke about the empire of fashion.")]
    public void One_generic_word_of_a_family_is_not_enough(string text) => Assert.Empty(Themes(text));

    [Theory]
    [InlineData("Poland and Hungary disagree; Budapest vetoed the loan.", "poland", "hungary")]
    [InlineData("The UAE and Saudi Arabia hosted rounds in Abu Dhabi and Riyadh.", "uae", "saudi-arabia")]
    [InlineData("Berlin and Paris sent ministers; Merz and Macron spoke.", "germany", "france")]
    [InlineData("Minsk let Russian troops in; Lukashenko agreed.", "belarus", "belarus")]
    public void The_new_actors_are_found_by_name_capital_and_people(string text, string first, string second)
    {
        var mentions = Tagger.FindMentions(text).Select(m => m.StakeholderId).ToList();
        Assert.Contains(first, mentions);
        Assert.Contains(second, mentions);
    }

    [Fact]
    public void Europe_as_a_whole_is_not_the_european_union()
    {
        Assert.Equal(["europe:European leaders", "european-union:EU"], Mentions("European leaders met; the EU paid."));
        Assert.Equal(["europe:Europe"], Mentions("Europe must rearm."));
        Assert.Empty(Mentions("Refugees crossed Eastern Europe."));
    }
}
