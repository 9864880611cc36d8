using System.Globalization;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Tests.Analysis;

public sealed class CodebookLoaderTests
{
    private const string Minimal = """
        {
          "stakeholders": [
            { "id": "ukraine", "name": "Ukraine", "aliases": [ "Ukraine" ] }
          ],
          "themes": [
            { "id": "territory", "name": "Territory", "evidence": { "Crimea": 2 } }
          ]
        }
        """;

    private static CodebookException Rejects(string json) => Assert.Throws<CodebookException>(() => CodebookLoader.Parse(json, "test.json"));

    [Fact]
    public void The_repository_codebook_has_every_stakeholder_and_theme_of_the_issue()
    {
        var codebook = TestCodebook.Codebook;
        Assert.Superset(
            new HashSet<string> { "ukraine", "russia", "united-states", "european-union", "nato", "united-nations", "turkey", "china", "united-kingdom", "canada", "australia" },
            codebook.Stakeholders.Select(s => s.Id).ToHashSet());
        Assert.Superset(
            new HashSet<string> { "territory", "security-guarantees", "humanitarian", "domestic-politics", "economy-sanctions", "trust", "mediation", "battlefield", "international-order", "outlook" },
            codebook.Themes.Select(t => t.Id).ToHashSet());
        Assert.All(codebook.Themes, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
    }

    [Fact]
    public void Stakeholder_colours_are_readable_as_text_on_white_and_on_the_dark_theme()
    {
        Assert.All(TestCodebook.Codebook.Stakeholders, s =>
        {
            Assert.True(Contrast(s.Color, "#ffffff") >= 4.5, $"{s.Id} {s.Color} on white: {Contrast(s.Color, "#ffffff"):0.00}");
            Assert.True(Contrast(s.ColorOnDark, "#17191c") >= 4.5, $"{s.Id} {s.ColorOnDark} on #17191c: {Contrast(s.ColorOnDark, "#17191c"):0.00}");
        });
    }

    [Fact]
    public void A_minimal_codebook_loads_with_a_hash_that_follows_its_content()
    {
        var codebook = CodebookLoader.Parse(Minimal, "test.json");
        Assert.Equal("Ukraine", codebook.FindStakeholder("ukraine")?.Name);
        Assert.Equal(2, codebook.FindTheme("territory")?.Threshold);
        Assert.NotEqual(codebook.Hash, CodebookLoader.Parse(Minimal.Replace("Crimea", "Donbas", StringComparison.Ordinal), "test.json").Hash);
    }

    [Fact]
    public void An_unknown_field_is_named_with_its_line()
    {
        var error = Rejects(Minimal.Replace("\"aliases\"", "\"nickname\": \"x\", \"aliases\"", StringComparison.Ordinal));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("nickname", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_points_at_the_line()
    {
        var error = Rejects(Minimal.Replace("\"name\": \"Territory\",", "\"name\": \"Territory\"", StringComparison.Ordinal));
        Assert.Contains("line 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_an_error() =>
        Assert.Contains("name", Rejects(Minimal.Replace("\"name\": \"Ukraine\", ", "", StringComparison.Ordinal)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_duplicate_key_in_the_evidence_is_an_error() =>
        Rejects(Minimal.Replace("{ \"Crimea\": 2 }", "{ \"Crimea\": 2, \"Crimea\": 1 }", StringComparison.Ordinal));

    [Theory]
    [InlineData("\"id\": \"territory\"", "\"id\": \"ukraine\"", "used twice")]
    [InlineData("[ \"Ukraine\" ]", "[ \"Ukraine\", \" \" ]", "empty term")]
    [InlineData("\"Crimea\": 2", "\"Cr*\": 2", "shorter than 4")]
    [InlineData("\"Crimea\": 2", "\"Cri*mea\": 2", "may only end")]
    [InlineData("\"Crimea\": 2", "\"Crimea\": 0", "above zero")]
    [InlineData("\"name\": \"Ukraine\",", "\"name\": \"Ukraine\", \"color\": \"blue\",", "#rrggbb")]
    [InlineData("\"name\": \"Ukraine\",", "\"name\": \"Ukraine\", \"color\": \"#ffd700\",", "needs at least 4.5:1")]
    [InlineData("\"name\": \"Ukraine\",", "\"name\": \"Ukraine\", \"colorOnDark\": \"#203060\",", "needs at least 4.5:1")]
    [InlineData("\"evidence\"", "\"threshold\": -1, \"evidence\"", "above zero")]
    public void Checks_point_at_the_line_of_what_is_wrong(string find, string replace, string message)
    {
        var error = Rejects(Minimal.Replace(find, replace, StringComparison.Ordinal));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Matches(@"line [3-6]\b", error.Message);
    }

    [Fact]
    public void An_alias_shared_by_two_stakeholders_is_an_error()
    {
        var json = Minimal.Replace(
            "{ \"id\": \"ukraine\", \"name\": \"Ukraine\", \"aliases\": [ \"Ukraine\" ] }",
            "{ \"id\": \"ukraine\", \"name\": \"Ukraine\", \"aliases\": [ \"Ukraine\" ] },\n    { \"id\": \"kyiv\", \"name\": \"Kyiv\", \"aliases\": [ \"Ukraine\" ] }",
            StringComparison.Ordinal);
        Assert.Contains("alias of both", Rejects(json).Message, StringComparison.Ordinal);
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
