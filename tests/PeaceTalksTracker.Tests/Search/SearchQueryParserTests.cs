using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Search;

namespace PeaceTalksTracker.Tests.Search;

public sealed class SearchQueryParserTests
{
    private static readonly Codebook Codebook = new()
    {
        Stakeholders =
        [
            new() { Id = "ukraine", Name = "Ukraine" },
            new() { Id = "russia", Name = "Russia" },
            new() { Id = "united-states", Name = "United States" },
            new() { Id = "nato", Name = "NATO" },
        ],
        Themes =
        [
            new() { Id = "territory", Name = "Territory and sovereignty" },
            new() { Id = "humanitarian", Name = "Humanitarian issues" },
        ],
    };

    private static SearchQuery Parse(string? input) => SearchQueryParser.Parse(input, Codebook);

    [Fact]
    public void Words_must_all_match_and_each_is_quoted()
    {
        var query = Parse("peace talks");

        Assert.Equal("\"peace\" AND \"talks\"", query.Match);
        Assert.Equal("peace talks", query.Text);
        Assert.Empty(query.Notes);
    }

    [Fact]
    public void A_quoted_phrase_stays_one_phrase()
    {
        var query = Parse("\"security guarantees\" ukraine");

        Assert.Equal("\"security guarantees\" AND \"ukraine\"", query.Match);
        Assert.Equal("\"security guarantees\" ukraine", query.Text);
    }

    [Fact]
    public void A_trailing_star_searches_by_prefix()
    {
        Assert.Equal("\"negot\"*", Parse("negot*").Match);
    }

    [Fact]
    public void A_one_letter_prefix_is_searched_as_a_word_with_a_note()
    {
        var query = Parse("a*");

        Assert.Equal("\"a\"", query.Match);
        Assert.Contains(query.Notes, n => n.Contains("too short", StringComparison.Ordinal));
    }

    [Fact]
    public void OR_joins_the_words_on_either_side()
    {
        Assert.Equal("\"talks\" AND (\"ceasefire\" OR \"truce\")", Parse("talks ceasefire OR truce").Match);
    }

    [Fact]
    public void A_minus_excludes_a_word()
    {
        var query = Parse("talks -istanbul -\"black sea\"");

        Assert.Equal("\"talks\"", query.Match);
        Assert.Equal("\"istanbul\" OR \"black sea\"", query.Exclude);
        Assert.Equal("talks -istanbul -\"black sea\"", query.Text);
    }

    [Fact]
    public void Only_excluded_words_leave_nothing_to_search_and_say_so()
    {
        var query = Parse("-russia");

        Assert.Null(query.Match);
        Assert.True(query.IsEmpty);
        Assert.Contains(query.Notes, n => n.Contains("at least one word", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("stakeholder:russia", "russia")]
    [InlineData("Stakeholder:RUSSIA", "russia")]
    [InlineData("stakeholder:\"United States\"", "united-states")]
    [InlineData("stakeholder:united-states", "united-states")]
    public void Stakeholder_filters_are_case_insensitive_and_accept_names(string input, string id)
    {
        var query = Parse(input);

        Assert.Equal([id], query.Stakeholders);
        Assert.Null(query.Match);
        Assert.False(query.IsEmpty);
    }

    [Fact]
    public void Theme_outlet_and_date_filters_are_read_next_to_words()
    {
        var query = Parse("peace theme:humanitarian outlet:\"Al Jazeera\" outlet:politico after:2025-06-01 before:2025-07-01");

        Assert.Equal("\"peace\"", query.Match);
        Assert.Equal(["humanitarian"], query.Themes);
        Assert.Equal(["Al Jazeera", "politico"], query.Outlets);
        Assert.Equal(new DateOnly(2025, 6, 1), query.After);
        Assert.Equal(new DateOnly(2025, 7, 1), query.Before);
        Assert.Equal("peace theme:humanitarian outlet:\"Al Jazeera\" outlet:politico after:2025-06-01 before:2025-07-01", query.ToString());
    }

    [Fact]
    public void An_invalid_date_is_dropped_with_a_clear_message()
    {
        var query = Parse("talks before:2025-13-40");

        Assert.Null(query.Before);
        Assert.Contains(query.Notes, n => n.StartsWith("before:2025-13-40 is not a date; use YYYY-MM-DD", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_stakeholders_and_themes_are_ignored_with_a_note()
    {
        var query = Parse("talks stakeholder:atlantis theme:nonsense");

        Assert.Empty(query.Stakeholders);
        Assert.Empty(query.Themes);
        Assert.Contains(query.Notes, n => n.Contains("no stakeholder “atlantis”", StringComparison.Ordinal));
        Assert.Contains(query.Notes, n => n.Contains("no theme “nonsense”", StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_and_removing_a_filter_rewrites_the_query()
    {
        var query = Parse("peace stakeholder:russia");

        Assert.Equal("peace stakeholder:russia stakeholder:nato", query.WithStakeholder("nato"));
        Assert.Equal("peace", query.WithoutStakeholder("russia"));
        Assert.Equal("peace stakeholder:russia outlet:\"Al Jazeera\"", query.WithOutlet("Al Jazeera"));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("OR")]
    [InlineData("OR talks")]
    [InlineData("talks OR")]
    [InlineData("talks OR OR peace")]
    [InlineData("--")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("\"\"")]
    [InlineData("\"*\"")]
    [InlineData("()")]
    [InlineData("(peace OR talks) AND NOT war")]
    [InlineData("NEAR(peace talks, 5)")]
    [InlineData("title:peace")]
    [InlineData("{Title}:peace")]
    [InlineData("{Title Text}: peace")]
    [InlineData("- - - OR * \" ^ : ;")]
    [InlineData("peace^ ^talks")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("stakeholder:")]
    [InlineData("outlet:\"")]
    [InlineData("before: after:")]
    [InlineData("-stakeholder:russia")]
    [InlineData("переговоры Київ 和平 مفاوضات")]
    [InlineData("🕊️ peace ☮")]
    [InlineData("caf\u00e9 cafe\u0301")]
    [InlineData("\u0000\u0001\u0002peace\u0003\u001b[31m\u200b\u202e")]
    [InlineData("\ud800 lone surrogate \udc00")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\r\n  ")]
    public void Hostile_input_never_throws_and_every_term_is_quoted(string? input)
    {
        var query = Parse(input);

        AssertSafe(query);
    }

    [Fact]
    public void Huge_input_is_capped_with_a_note()
    {
        var query = Parse(string.Join(' ', Enumerable.Repeat("peace", 1000)));

        AssertSafe(query);
        Assert.Contains(query.Notes, n => n.Contains("longer than 500 characters", StringComparison.Ordinal));
        Assert.Contains(query.Notes, n => n.Contains($"first {SearchQueryParser.MaxTerms} search terms", StringComparison.Ordinal));
    }

    [Fact]
    public void Capping_never_splits_a_surrogate_pair()
    {
        var query = Parse(new string('a', SearchQueryParser.MaxLength - 1) + "🕊️🕊️");

        AssertSafe(query);
        Assert.DoesNotContain(query.Text, c => char.IsSurrogate(c) && !char.IsSurrogatePair(query.Text, query.Text.IndexOf(c, StringComparison.Ordinal)));
    }

    [Fact]
    public void Control_characters_are_removed_with_a_note()
    {
        var query = Parse("pea\u0000ce\u0002 talks");

        Assert.DoesNotContain(query.Match!, c => char.IsControl(c));
        Assert.Contains(query.Notes, n => n.Contains("control characters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_filter_is_not_passed_to_FTS5()
    {
        var query = Parse("title:peace");

        Assert.Equal("\"peace\"", query.Match);
        Assert.Contains(query.Notes, n => n.Contains("is not a filter", StringComparison.Ordinal));
    }

    [Fact]
    public void Typographic_quotes_make_a_phrase()
    {
        Assert.Equal("\"security guarantees\"", Parse("“security guarantees”").Match);
    }

    /// <summary>
    /// Outside FTS5 strings only our own operators may appear: AND, OR, NOT, brackets, spaces and a '*' after a string.
    /// </summary>
    private static void AssertSafe(SearchQuery query)
    {
        Assert.NotNull(query.Text);
        AssertSafe(query.Match);
        AssertSafe(query.Exclude);
    }

    private static void AssertSafe(string? match)
    {
        if (match is null)
        {
            return;
        }

        var outside = new System.Text.StringBuilder();
        var inString = false;
        for (var i = 0; i < match.Length; i++)
        {
            var c = match[i];
            if (c == '"')
            {
                if (inString && i + 1 < match.Length && match[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                inString = !inString;
                outside.Append('|');
                continue;
            }

            if (inString)
            {
                Assert.False(char.IsControl(c), "no control characters inside FTS5 strings");
                continue;
            }

            outside.Append(c);
        }

        Assert.False(inString, $"unterminated FTS5 string in {match}");
        var words = outside.ToString().Split([' ', '|', '(', ')', '*'], StringSplitOptions.RemoveEmptyEntries);
        Assert.All(words, w => Assert.Contains(w, new[] { "AND", "OR", "NOT" }));
    }
}
