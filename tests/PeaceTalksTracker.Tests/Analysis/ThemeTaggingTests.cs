using static PeaceTalksTracker.Tests.Analysis.TestCodebook;

namespace PeaceTalksTracker.Tests.Analysis;

public sealed class ThemeTaggingTests
{
    [Theory]
    [InlineData("The talks continue.")]
    [InlineData("Security was tight outside the venue.")]
    [InlineData("The military band played.")]
    [InlineData("He said he would trust the process.")]
    [InlineData("The war goes on.")]
    public void A_single_generic_word_assigns_no_theme(string text) => Assert.Empty(Themes(text));

    [Theory]
    [InlineData("Both sides agreed on prisoner exchanges.", "humanitarian")]
    [InlineData("Moscow demands recognition of its annexation of Crimea.", "territory")]
    [InlineData("Kyiv wants NATO membership or binding security guarantees.", "security-guarantees")]
    [InlineData("The European Union agreed a new package of sanctions.", "economy-sanctions")]
    [InlineData("The delegations met in Istanbul for a second round of talks.", "mediation")]
    [InlineData("Front lines have barely moved in a war of attrition.", "battlefield")]
    [InlineData("Borders must not be changed by force under international law.", "international-order")]
    [InlineData("Analysts fear a frozen conflict.", "outlook")]
    [InlineData("Deep mistrust divides the parties.", "trust")]
    [InlineData("War fatigue among voters weighs on Congress.", "domestic-politics")]
    public void A_strong_phrase_assigns_its_theme(string text, string theme) => Assert.Contains(theme, Themes(text));

    [Fact]
    public void Evidence_lists_each_term_once_as_written_in_lower_case()
    {
        var theme = Assert.Single(Tagger.FindThemes("Prisoner exchanges, more prisoner exchanges and humanitarian corridors."), t => t.ThemeId == "humanitarian");
        Assert.Equal(["prisoner exchanges", "humanitarian"], theme.Evidence);
        Assert.Equal(4, theme.Score);
    }
}
