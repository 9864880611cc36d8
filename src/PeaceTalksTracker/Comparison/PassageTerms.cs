using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace PeaceTalksTracker.Comparison;

/// <summary>One word of a passage as the aligner sees it: its stem (the term compared) and the text it came from.</summary>
public readonly record struct PassageToken(string Stem, int Start, int Length, double Weight);

/// <summary>
/// Turns a passage into the terms compared: lower-cased words, stop words dropped, the talks' synonyms folded together
/// (<see cref="TalksVocabulary"/>), numbers normalised ("$95bn" and "95 billion", "one-fifth" and "20%"), the rest
/// Porter-stemmed; each with a prior weight so the topic's own vocabulary (Ukraine, Russia, talks, peace, war…),
/// which every article on this subject uses, counts for little, and numbers and names (a capitalised word inside a
/// sentence) count for more: they pin a passage to one fact.
/// </summary>
public static class PassageTerms
{
    /// <summary>Weight of a word every article about the peace talks uses.</summary>
    public const double TopicWeight = 0.15;

    /// <summary>Weight of the generic vocabulary of political news ("position", "seek", "expect").</summary>
    public const double GenericWeight = 0.4;

    /// <summary>Weight of a stakeholder name: telling, but common in this coverage.</summary>
    public const double ActorWeight = 0.5;

    /// <summary>Weight of a number of two digits or more, and of a named person or place that is not a stakeholder.</summary>
    public const double FactWeight = 1.5;

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
        "according recent recently latest first second mr ms mrs monday tuesday wednesday thursday friday saturday sunday")
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
        "strong stronger ground hand move concern interest power effect impact implic context focus level stage " +
        "todai yesterdai week month dai ago januari februari march april mai june juli august septemb octob novemb decemb percent").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // Codebook actors that are not the two belligerents: naming them is a signal, but a modest one.
    private static readonly FrozenSet<string> ActorStems = (
        "usa washington american europ european eu nato un china chines turkei turkish britain british uk canada australia " +
        "trump biden rubio witkoff erdogan xi")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);


    private static readonly TalksVocabulary Vocabulary = TalksVocabulary.Shipped;

    // Spelled-out numbers compare as digits ("seven leaders", "7 leaders").
    private static readonly FrozenDictionary<string, string> NumberWords = (
        "two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 fifteen:15 twenty:20 " +
        "thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90 dozen:12")
        .Split(' ').Select(p => p.Split(':')).ToFrozenDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    // "a fifth", "one-fifth", "half": the share as a percentage, so "one-fifth of Donetsk" meets "20% of Donetsk".
    private static readonly FrozenDictionary<string, int> Fractions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["half"] = 50, ["third"] = 33, ["thirds"] = 33, ["quarter"] = 25, ["quarters"] = 25, ["fifth"] = 20, ["fifths"] = 20, ["tenth"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // What follows the digits of "95bn", "$1.2trn", "24th".
    private static readonly FrozenDictionary<string, string> NumberSuffixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bn"] = "billion", ["b"] = "billion", ["m"] = "million", ["mn"] = "million", ["k"] = "thousand", ["tn"] = "trillion",
        ["trn"] = "trillion", ["st"] = "", ["nd"] = "", ["rd"] = "", ["th"] = "", ["s"] = "",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The terms of a passage in reading order, with where each sits in the text (for highlighting).</summary>
    public static List<PassageToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = RawWords(text);
        var tokens = new List<PassageToken>(words.Count);
        Span<char> buffer = stackalloc char[64];
        for (var w = 0; w < words.Count; w++)
        {
            var (start, length) = words[w];
            var word = text.AsSpan(start, length);
            // "US" and "U.S." are the country; lower-cased, "us" would be a stop word.
            if (word is "US" || word is "U.S")
            {
                tokens.Add(new PassageToken("usa", start, length, ActorWeight));
                continue;
            }

            var lower = buffer[..length];
            word.ToLowerInvariant(lower);
            if (Vocabulary.StartsPhrase(lower) && PhraseAt(text, words, w) is var (group, used))
            {
                var (lastStart, lastLength) = words[w + used - 1];
                tokens.Add(new PassageToken(group, start, lastStart + lastLength - start, PriorWeight(group)));
                w += used - 1;
                continue;
            }

            if (char.IsAsciiDigit(lower[0]))
            {
                AddNumber(tokens, lower, start, length, text);
            }
            else if (FractionOf(lower, w > 0 ? text.AsSpan(words[w - 1].Start, words[w - 1].Length) : default) is { } percent)
            {
                tokens.Add(new PassageToken(percent.ToString(System.Globalization.CultureInfo.InvariantCulture), start, length, FactWeight));
                tokens.Add(new PassageToken("percent", start, length, GenericWeight));
            }
            else
            {
                AddWord(tokens, lower, start, IsName(text, start, word));
            }
        }

        return tokens;
    }

    private static List<(int Start, int Length)> RawWords(string text)
    {
        var words = new List<(int, int)>(text.Length / 5);
        var i = 0;
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
            // One-letter words are stop words or initials, except a digit ("7 leaders").
            if ((length >= 2 || char.IsAsciiDigit(text[start])) && length <= 64)
            {
                words.Add((start, length));
            }
        }

        return words;
    }

    // The longest phrase of the vocabulary starting at word w: its group and how many words it takes.
    private static (string Group, int Words)? PhraseAt(string text, List<(int Start, int Length)> words, int w)
    {
        for (var count = Math.Min(Vocabulary.MaxPhraseWords, words.Count - w); count >= 2; count--)
        {
            var phrase = string.Join(' ', Enumerable.Range(w, count).Select(k => text.Substring(words[k].Start, words[k].Length).ToLowerInvariant()));
            if (Vocabulary.GroupOfPhrase(phrase) is { } group)
            {
                return (group, count);
            }
        }

        return null;
    }

    private static int? FractionOf(ReadOnlySpan<char> lower, ReadOnlySpan<char> previous)
    {
        var dash = lower.IndexOf('-');
        var count = dash > 0 ? lower[..dash] : previous;
        var name = dash > 0 ? lower[(dash + 1)..] : lower;
        if (!Fractions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var share))
        {
            return null;
        }

        var times = count.Equals("a", StringComparison.OrdinalIgnoreCase) || count.Equals("one", StringComparison.OrdinalIgnoreCase) ? 1
            : count.Equals("two", StringComparison.OrdinalIgnoreCase) ? 2
            : count.Equals("three", StringComparison.OrdinalIgnoreCase) ? 3
            : name is "half" ? 1 : 0;
        return times == 0 ? null : Math.Min(100, share * times + (share == 33 && times == 2 ? 1 : 0));
    }

    private static void AddNumber(List<PassageToken> tokens, ReadOnlySpan<char> lower, int start, int length, string text)
    {
        var digits = 0;
        while (digits < lower.Length && (char.IsAsciiDigit(lower[digits]) || lower[digits] is ',' or '.'))
        {
            digits++;
        }

        var suffix = lower[digits..];
        if (suffix.Length > 0 && !NumberSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(suffix))
        {
            // A designation such as "M777" or "E-7A": a name, compared whole.
            tokens.Add(new PassageToken(lower.ToString(), start, length, FactWeight));
            return;
        }

        var number = lower[..digits].ToString().Replace(",", "", StringComparison.Ordinal);
        tokens.Add(new PassageToken(number, start, length, number.Length >= 2 ? FactWeight : GenericWeight));
        if (suffix.Length > 0 && NumberSuffixes.GetAlternateLookup<ReadOnlySpan<char>>()[suffix] is { Length: > 0 } scale)
        {
            tokens.Add(new PassageToken(scale, start, length, 1.0));
        }

        if (start + length < text.Length && text[start + length] == '%')
        {
            tokens.Add(new PassageToken("percent", start, length + 1, GenericWeight));
        }
    }

    private static void AddWord(List<PassageToken> tokens, ReadOnlySpan<char> lower, int start, bool isName)
    {
        // Possessives and contractions ("Russia's", "Russia’s") compare as the bare word.
        var apostrophe = lower.IndexOfAny('\'', '’');
        var length = lower.Length;
        if (apostrophe > 0)
        {
            lower = lower[..apostrophe];
        }

        // "cease-fire" is in the vocabulary whole; "long-term" and "confidence-building" are two words each.
        if (lower.Contains('-') && Lookup(lower) is { } whole)
        {
            tokens.Add(new PassageToken(whole.Stem, start, length, whole.Weight));
            return;
        }

        foreach (var range in lower.Split('-'))
        {
            var part = lower[range];
            if (part.Length >= 2 && Lookup(part) is { } term)
            {
                tokens.Add(new PassageToken(term.Stem, start, length, isName && term.Weight >= 1.0 ? FactWeight : term.Weight));
            }
        }
    }

    // A capitalised word that does not open a sentence is a name ("Donetsk", "Guterres", "Senate").
    private static bool IsName(string text, int start, ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '\'' or '(' or '[' or '-' or '–' or '—' or '*' or '•'))
        {
            i--;
        }

        return i >= 0 && text[i] is not ('.' or '!' or '?' or ':' or ';' or '…');
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
        if (Vocabulary.GroupOf(word) is { } group)
        {
            return new Term(group, PriorWeight(group));
        }

        if (word.Contains('-', StringComparison.Ordinal))
        {
            return null;
        }

        if (NumberWords.TryGetValue(word, out var digits))
        {
            // "two sides", "three days": a small count is as generic as "several"; "396 drones" pins a fact.
            return new Term(digits, digits.Length >= 2 ? FactWeight : GenericWeight);
        }

        word = word.Replace(".", "", StringComparison.Ordinal);
        if (word.Length < 2 || StopWords.Contains(word))
        {
            return null;
        }

        var stem = PorterStemmer.Stem(BritishToAmerican(word));
        return new Term(stem, PriorWeight(stem));
    }

    // "recognise" and "recognize", "demilitarisation" and "demilitarization" are one word to a reader (Porter
    // strips -ize but not -ise).
    private static string BritishToAmerican(string word)
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

    /// <summary>How much a stem counts before rarity is taken into account.</summary>
    public static double PriorWeight(string stem) =>
        TopicStems.Contains(stem) ? TopicWeight
        : GenericStems.Contains(stem) ? GenericWeight
        : ActorStems.Contains(stem) ? ActorWeight
        : 1.0;

    // Apostrophes, hyphens and the dot in "U.S." join a word when letters follow; a comma or dot between digits
    // joins a number ("8,000", "60.8bn").
    private static bool IsInnerJoiner(string text, int i) =>
        i + 1 < text.Length && i > 0 && char.IsLetterOrDigit(text[i + 1]) && char.IsLetterOrDigit(text[i - 1])
        && (text[i] is '\'' or '’' or '-'
            || (text[i] == '.' && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]))
            || (text[i] is ',' or '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])));
}
