using System.Text.RegularExpressions;
using PeaceTalksTracker.Intake.Cleaning;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

public class BlockTextTests
{
    [Theory]
    [InlineData("Talks resume in Geneva")]
    [InlineData("  Talks   resume\tin\r\nGeneva  ")]
    [InlineData("Talks\u00A0resume\u2009in\u3000Geneva")]
    [InlineData("**Talks resume**")]
    [InlineData("_ Talks resume _")]
    [InlineData("line one\u2028line two\u0085three\fv\vend")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n")]
    public void Collapse_MeasuresTheSameTextAsTheWhitespaceRegex(string text)
    {
        // The rule every cleaning stage measured by: runs of \s as one space, then trimmed of spaces and emphasis marks.
        var expected = Regex.Replace(text, @"\s+", " ").Trim().Trim('*', '_').Trim();

        Assert.Equal(expected, BlockText.Collapse(text));
    }

    [Fact]
    public void Collapse_ReturnsTheSameStringWhenNothingIsCollapsed()
    {
        var text = "Talks resume in Geneva";

        Assert.Same(text, BlockText.Collapse(text));
    }
}
