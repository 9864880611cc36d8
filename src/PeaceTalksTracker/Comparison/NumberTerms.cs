using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>
/// Numbers as the aligner compares them: "$95bn" and "95 billion", "seven" and "7", "one-fifth" and "20%" become the
/// same terms, so two reports giving one figure in different notations share it.
/// </summary>
internal static class NumberTerms
{
    // Spelled-out numbers compare as digits ("seven leaders", "7 leaders").
    private static readonly FrozenDictionary<string, string> NumberWords = (
        "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 fifteen:15 twenty:20 " +
        "thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 dozen:12")
        .Split(' ').Select(p => p.Split(':')).ToFrozenDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    // "a fifth", "one-fifth", "half": the share as a percentage, so "one-fifth of Donetsk" meets "20% of Donetsk".
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Fractions =
        new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["half"] = 50, ["third"] = 33, ["thirds"] = 33, ["quarter"] = 25, ["quarters"] = 25, ["fifth"] = 20, ["fifths"] = 20, ["tenth"] = 10,
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // What follows the digits of "95bn", "$1.2trn", "24th".
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Suffixes =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["bn"] = "billion", ["b"] = "billion", ["m"] = "million", ["mn"] = "million", ["k"] = "thousand", ["tn"] = "trillion",
            ["trn"] = "trillion", ["st"] = "", ["nd"] = "", ["rd"] = "", ["th"] = "", ["s"] = "",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Percentages = Enumerable.Range(0, 101).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The digits of a spelled-out number ("seven" → "7"), or null.</summary>
    public static string? DigitsOf(string word) => NumberWords.GetValueOrDefault(word);

    /// <summary>The weight of a number: one of two digits or more pins a fact; a small count is as generic as "several".</summary>
    public static double WeightOf(string digits) => digits.Length >= 2 ? TermWeights.Fact : TermWeights.Generic;

    /// <summary>
    /// A year as written ("2022", not "2,022" nor "2022bn"): it dates a passage, as a month name does, rather than pinning
    /// one fact, and two reports of a war that began in a given year both name it in passages about different things.
    /// News style writes a count of thousands with its comma ("2,000 troops"), so a bare 19xx or 20xx is read as a year.
    /// </summary>
    private static bool IsYear(ReadOnlySpan<char> lower) =>
        lower.Length == 4 && char.IsAsciiDigit(lower[2]) && char.IsAsciiDigit(lower[3])
        && (lower.StartsWith("19", StringComparison.Ordinal) || lower.StartsWith("20", StringComparison.Ordinal));

    /// <summary>A fraction ("half", "one-fifth", "a fifth" after its article) as a percentage, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? FractionOf(ReadOnlySpan<char> lower, ReadOnlySpan<char> previous)
    {
        var dash = lower.IndexOf('-');
        var count = dash > 0 ? lower[..dash] : previous;
        var name = dash > 0 ? lower[(dash + 1)..] : lower;
        if (!Fractions.TryGetValue(name, out var share))
        {
            return null;
        }

        var times = count.Equals("a", StringComparison.OrdinalIgnoreCase) || count.Equals("one", StringComparison.OrdinalIgnoreCase) ? 1
            : count.Equals("two", StringComparison.OrdinalIgnoreCase) ? 2
            : count.Equals("three", StringComparison.OrdinalIgnoreCase) ? 3
            : name is "half" ? 1 : 0;
        return times == 0 ? null : Percentages[Math.Min(100, share * times + (share == 33 && times == 2 ? 1 : 0))];
    }

    /// <summary>The terms of a word that starts with a digit: the number, its scale ("bn" → billion), "percent" after "%".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Add(List<PassageToken> tokens, ReadOnlySpan<char> lower, int start, int length, string text)
    {
        var digits = 0;
        while (digits < lower.Length && (char.IsAsciiDigit(lower[digits]) || lower[digits] is ',' or '.'))
        {
            digits++;
        }

        var suffix = lower[digits..];
        string? scale = null;
        if (suffix.Length > 0 && !Suffixes.TryGetValue(suffix, out scale))
        {
            // A designation such as "M777" or "E-7A": a name, compared whole.
            tokens.Add(new PassageToken(lower.ToString(), start, length, TermWeights.Fact));
            return;
        }

        var number = lower[..digits].ToString().Replace(",", "", StringComparison.Ordinal);
        tokens.Add(new PassageToken(number, start, length, IsYear(lower) ? TermWeights.Generic : WeightOf(number)));
        if (scale is { Length: > 0 })
        {
            tokens.Add(new PassageToken(scale, start, length, TermWeights.Content));
        }

        if (start + length < text.Length && text[start + length] == '%')
        {
            tokens.Add(new PassageToken("percent", start, length + 1, TermWeights.Generic));
        }
    }
}
