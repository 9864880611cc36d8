using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace PeaceTalksTracker.Comparison;

/// <summary>One word of a passage as the aligner sees it: its stem (the term compared) and the text it came from.</summary>
public readonly record struct PassageToken(string Stem, int Start, int Length, double Weight);

/// <summary>
/// Turns a passage into the terms compared: lower-cased words, stop words dropped, a few synonyms folded together,
/// Porter-stemmed; each with a prior weight so the topic's own vocabulary (Ukraine, Russia, talks, peace, war…),
/// which every article on this subject uses, counts for little.
/// </summary>
public static class PassageTerms
{
    /// <summary>Weight of a word every article about the peace talks uses.</summary>
    public const double TopicWeight = 0.15;

    /// <summary>Weight of the generic vocabulary of political news ("position", "seek", "expect").</summary>
    public const double GenericWeight = 0.4;

    /// <summary>Weight of a stakeholder name: telling, but common in this coverage.</summary>
    public const double ActorWeight = 0.5;

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
        "according recent recently latest two three first second mr ms mrs")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Stems (after folding) of the words any article on the peace talks uses: shared, they say nothing about the point.
    private static readonly FrozenSet<string> TopicStems = (
        "ukrain ukrainian russia russian talk peac war negoti conflict diplomat diplomaci side parti countri " +
        "nation intern global world effort process discuss dialogu meet round leader offici govern state polit polici " +
        "presid kremlin kyiv kiev moscow putin zelenski zelenskyi zelenskyy continu remain ongo current year time " +
        "issu situat develop report analyst expert invas invad aggress militari forc")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Stems of the words political reporting uses whatever the point ("seeks to strengthen its position", "managing
    // expectations"): sharing them is weak evidence that two passages say the same thing.
    private static readonly FrozenSet<string> GenericStems = (
        "posit action seek expect manag build show path view strateg appear potenti influenc lead support pressur face " +
        "risk kei serv futur long term across extend outcom result progress goal approach role move make take need want " +
        "point part way mean sign signal chang increas reduc larg high low great major signific import possibl clear " +
        "strong stronger ground hand move concern interest power effect impact implic context focus level stage").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Codebook actors that are not the two belligerents: naming them is a signal, but a modest one.
    private static readonly FrozenSet<string> ActorStems = (
        "usa washington american europ european eu nato un china chines turkei turkish britain british uk canada australia " +
        "trump biden rubio witkoff erdogan xi")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Words folded together before stemming: spellings and near-synonyms a careful reader treats as the same word.
    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["zelensky"] = "zelenskyy",
        ["zelenskiy"] = "zelenskyy",
        ["kiev"] = "kyiv",
        ["ceasefires"] = "ceasefire",
        ["truce"] = "ceasefire",
        ["truces"] = "ceasefire",
        ["armistice"] = "ceasefire",
        ["distrust"] = "mistrust",
        ["distrusts"] = "mistrust",
        ["divide"] = "division",
        ["divides"] = "division",
        ["divided"] = "division",
        ["divisions"] = "division",
        ["smaller"] = "small",
        ["captives"] = "prisoners",
        ["pows"] = "prisoners",
        ["frontier"] = "border",
        ["frontiers"] = "border",
        ["guarantors"] = "guarantees",
        ["americans"] = "american",
        ["annexed"] = "annexation",
        ["annexations"] = "annexation",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The terms of a passage in reading order, with where each sits in the text (for highlighting).</summary>
    public static List<PassageToken> Tokenize(string text)
    {
        var tokens = new List<PassageToken>();
        var i = 0;
        Span<char> buffer = stackalloc char[64];
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            var length = i - start;
            if (length < 2 || length > buffer.Length)
            {
                continue;
            }

            var word = text.AsSpan(start, length);
            // "US" and "U.S." are the country; lower-cased, "us" would be a stop word.
            if (word is "US" || word is "U.S")
            {
                tokens.Add(new PassageToken("usa", start, length, ActorWeight));
                continue;
            }

            var lower = buffer[..length];
            word.ToLowerInvariant(lower);
            AddWord(tokens, lower, start);
        }

        return tokens;
    }

    private static void AddWord(List<PassageToken> tokens, ReadOnlySpan<char> lower, int start)
    {
        // Possessives and contractions ("Russia's", "Russia’s") compare as the bare word.
        var apostrophe = lower.IndexOfAny('\'', '’');
        var length = lower.Length;
        if (apostrophe > 0)
        {
            lower = lower[..apostrophe];
        }

        // "long-term" and "confidence-building": each part is a word (positions are those of the whole).
        foreach (var range in lower.Split('-'))
        {
            var part = lower[range];
            if (part.Length >= 2 && Lookup(part) is { } term)
            {
                tokens.Add(new PassageToken(term.Stem, start, length, term.Weight));
            }
        }
    }

    // Stemming is most of the cost of comparing two long articles, and news vocabulary repeats: each distinct word is
    // stemmed once per process. Looked up by span, so a cached word costs no allocation. Cleared when it grows large,
    // so a stream of odd tokens cannot grow it without bound.
    private static readonly ConcurrentDictionary<string, Term?> Terms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Term?>.AlternateLookup<ReadOnlySpan<char>> TermsBySpan =
        Terms.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxCachedWords = 200_000;

    private sealed record Term(string Stem, double Weight);

    private static Term? Lookup(ReadOnlySpan<char> word)
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

    private static Term? Analyze(string word)
    {
        word = word.Replace(".", "", StringComparison.Ordinal);
        if (word.Length < 2 || StopWords.Contains(word))
        {
            return null;
        }

        if (Synonyms.TryGetValue(word, out var folded))
        {
            word = folded;
        }

        var stem = PorterStemmer.Stem(word);
        return new Term(stem, PriorWeight(stem));
    }

    /// <summary>How much a stem counts before rarity is taken into account.</summary>
    public static double PriorWeight(string stem) =>
        TopicStems.Contains(stem) ? TopicWeight
        : GenericStems.Contains(stem) ? GenericWeight
        : ActorStems.Contains(stem) ? ActorWeight
        : 1.0;

    // Apostrophes, hyphens and the dot in "U.S." join a word when letters follow.
    private static bool IsInnerJoiner(string text, int i) =>
        text[i] is '\'' or '’' or '-' or '.'
        && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
        && i > 0 && char.IsLetterOrDigit(text[i - 1])
        && (text[i] != '.' || (char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1])));
}
