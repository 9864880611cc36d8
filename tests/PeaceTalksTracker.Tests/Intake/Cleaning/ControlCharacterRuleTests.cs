using static PeaceTalksTracker.Tests.Intake.Cleaning.CleaningFixtures;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public sealed class ControlCharacterRuleTests
{
    [Fact]
    public void Escape_bell_and_other_control_characters_are_stripped_from_the_title_and_the_text()
    {
        var article = ParseText($"Talks \u001b[31mEnd\u0007 Without a Deal\n{Reporting[0]}\u001b[0m\u0007\n{Body()}");

        Assert.Equal("Talks [31mEnd Without a Deal", article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Any(char.IsControl));
        Assert.DoesNotContain(article.Title, char.IsControl);
    }
}
