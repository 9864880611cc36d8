using PeaceTalksTracker.Api;

namespace PeaceTalksTracker.Tests.Api;

public sealed class CsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData(" padded ", "\" padded \"")]
    [InlineData("\uFF1DHYPERLINK(1)", "'\uFF1DHYPERLINK(1)")]
    [InlineData("\uFF0B1", "'\uFF0B1")]
    [InlineData("\uFF0D1", "'\uFF0D1")]
    [InlineData("\uFF20SUM(A1)", "'\uFF20SUM(A1)")]
    [InlineData("\uFE66cmd", "'\uFE66cmd")]
    [InlineData("\uFE62cmd", "'\uFE62cmd")]
    [InlineData("\uFE63cmd", "'\uFE63cmd")]
    [InlineData("\uFE6Bcmd", "'\uFE6Bcmd")]
    [InlineData("\u22121", "'\u22121")]
    [InlineData("\u00E9t\u00E9", "\u00E9t\u00E9")]
    [InlineData("Kyiv = talks", "Kyiv = talks")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Csv_cells_are_quoted_and_defused(string? value, string cell)
    {
        Assert.Equal(cell, Csv.Cell(value));
    }

    [Fact]
    public void A_cell_starting_with_an_emoji_or_a_lone_surrogate_is_written_as_it_is()
    {
        Assert.Equal("\U0001F54A peace", Csv.Cell("\U0001F54A peace"));
        Assert.Equal("\uD83D talks", Csv.Cell("\uD83D talks"));
        Assert.Equal("\uDE00", Csv.Cell("\uDE00"));
    }

    [Fact]
    public void A_row_joins_its_cells_and_ends_with_crlf()
    {
        Assert.Equal("a,\"b,c\",,'=1\r\n", Csv.Row(["a", "b,c", null, "=1"]));
    }
}
