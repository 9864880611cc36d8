using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>One word as compared: the term it stands for (a vocabulary group, digits or a Porter stem) and its prior weight.</summary>
internal sealed record WordTerm(string Stem, double Weight);

/// <summary>
/// A lower-cased word's term: stop words dropped, the talks' synonyms folded to their group
/// (<see cref="TalksVocabulary"/>), spelled-out numbers as digits, British <c>-ise</c> as <c>-ize</c>, the rest
/// Porter-stemmed.
/// </summary>
internal static class WordStems
{
    private static readonly FrozenSet<string> StopWords = (
        "a about above after again against all almost also although am among an and another any anyone anything are " +
        "around as at be became because become becomes been before being below between both but by can cannot could " +
        "did do does doing done down during each either else enough even ever every few for from further get gets " +
        "got had has have having he her here hers herself him himself his how however i if in into is it its itself " +
        "just last least less like made make makes many may me might more most much must my myself neither never new " +
        "no nor not now of off often on once one only onto or other others otherwise our ours ourselves out over own " +
        "per perhaps put rather really said same say says see seen seem seems several shall she should since so some " +
        "still such than that the their theirs them themselves then there these they this those though through thus " +
        "to too toward towards under until up upon us very via was we well were what whatever when where whether " +
        "which while who whom whose why will with within without would yet you your yours yourself " +
        "s t d ll m re ve don didn doesn isn wasn aren weren won wouldn couldn shouldn hasn haven hadn " +
        "also especially particularly including include includes included indeed far beyond " +
        "instead meanwhile moreover furthermore nevertheless nonetheless likewise therefore hence thereby " +
        "according recent recently latest first second mr ms mrs monday tuesday wednesday thursday friday saturday sunday")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Stemming is most of the cost of tokenizing, and news vocabulary repeats: each distinct word is analysed once per
    // process. Looked up by span, so a cached word costs no allocation. Cleared when it grows large, so a stream of
    // odd tokens cannot grow it without bound.
    private static readonly ConcurrentDictionary<string, WordTerm?> Terms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordTerm?>.AlternateLookup<ReadOnlySpan<char>> TermsBySpan =
        Terms.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxCachedWords = 200_000;

    /// <summary>The term of a lower-cased word, or null for a stop word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordTerm? Lookup(ReadOnlySpan<char> word)
    {
        if (TermsBySpan.TryGetValue(word, out var cached))
        {
            return cached;
        }

        if (Terms.Count >= MaxCachedWords)
        {
            Terms.Clear();
        }

        var key = word.ToString();
        var term = Analyze(key);
        Terms.TryAdd(key, term);
        return term;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordTerm? Analyze(string word)
    {
        if (TalksVocabulary.Shipped.GroupOf(word) is { } group)
        {
            return group == TalksVocabulary.Ignored ? null : new WordTerm(group, TermWeights.Prior(group));
        }

        if (word.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        if (NumberTerms.DigitsOf(word) is { } digits)
        {
            return new WordTerm(digits, NumberTerms.WeightOf(digits));
        }

        word = word.Replace(".", "", StringComparison.Ordinal);
        if (word.Length < 2 || StopWords.Contains(word))
        {
            return null;
        }

        var stem = PorterStemmer.Stem(BritishToAmerican(word));
        return new WordTerm(stem, TermWeights.Prior(stem));
    }

    // "recognise" and "recognize", "demilitarisation" and "demilitarization" are one word to a reader (Porter
    // strips -ize but not -ise).
    internal static string BritishToAmerican(string word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ise", "ised", "ises", "ising", "isation", "isations"])
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - ending.Length), "iz", ending.AsSpan(2));
            }
        }

        return word;
    }
}
