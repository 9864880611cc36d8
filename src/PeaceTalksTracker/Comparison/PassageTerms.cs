using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>One word of a passage as the aligner sees it: its stem (the term compared) and the text it came from.</summary>
public readonly record struct PassageToken(string Stem, int Start, int Length, double Weight);

/// <summary>
/// Turns a passage into the terms compared: words cut at spaces and punctuation, phrases of the talks' vocabulary
/// taken whole ("give up", "white house"), numbers normalised (<see cref="NumberTerms"/>), every other word through
/// <see cref="WordStems"/>; each with its prior weight (<see cref="TermWeights"/>), a capitalised word inside a
/// sentence weighted as a name.
/// </summary>
/// <remarks>
/// The hot methods of comparison (here, <see cref="WordStems"/>, <see cref="PorterStemmer"/>, the splitter and the
/// aligner's stages) are compiled optimized at once (<c>AggressiveOptimization</c>): the first comparison after start
/// tokenizes the store's 10,000-paragraph background, and as tier-0 code on a busy machine that took seconds
/// (3.6 s against 0.6 s optimized, `compare-timed`).
/// </remarks>
public static class PassageTerms
{
    // Longest phrase looked up, in characters: the vocabulary's phrases are a few short words.
    private const int MaxPhraseChars = 128;

    /// <summary>The terms of a passage in reading order, with where each sits in the text (for highlighting).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PassageToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = RawWords(text);
        var tokens = new List<PassageToken>(words.Count);
        var vocabulary = TalksVocabulary.Shipped;
        Span<char> buffer = stackalloc char[64];
        for (var w = 0; w < words.Count; w++)
        {
            var (start, length) = words[w];
            var word = text.AsSpan(start, length);
            // "US" and "U.S." are the country; lower-cased, "us" would be a stop word.
            if (word is "US" || word is "U.S")
            {
                tokens.Add(new PassageToken("usa", start, length, TermWeights.Actor));
                continue;
            }

            var lower = buffer[..length];
            word.ToLowerInvariant(lower);
            if (vocabulary.StartsPhrase(lower) && PhraseAt(vocabulary, text, words, w) is var (group, used))
            {
                var (lastStart, lastLength) = words[w + used - 1];
                if (group == TalksVocabulary.Ignored)
                {
                    w += used - 1;
                    continue;
                }

                tokens.Add(new PassageToken(group, start, lastStart + lastLength - start, TermWeights.Prior(group)));
                w += used - 1;
                continue;
            }

            if (char.IsAsciiDigit(lower[0]))
            {
                NumberTerms.Add(tokens, lower, start, length, text);
            }
            else if (NumberTerms.FractionOf(lower, PreviousWord(text, start)) is { } percent)
            {
                tokens.Add(new PassageToken(percent, start, length, TermWeights.Fact));
                tokens.Add(new PassageToken("percent", start, length, TermWeights.Generic));
            }
            else
            {
                var before = tokens.Count;
                AddWord(tokens, lower, start, IsName(text, start, word));
                if (tokens.Count > before && before > 0 && char.IsUpper(word[0]))
                {
                    WeighGivenName(tokens, before, text);
                }
            }
        }

        return tokens;
    }

    // A given name weighs what the name it goes with weighs: "Donald" in "Donald Trump", "Vladimir" in "Vladimir
    // Putin" say no more than the surname, which every report of the talks uses; as a rare capitalised word alone it
    // would weigh as a fact and pair passages that merely name the same leader.
    private static void WeighGivenName(List<PassageToken> tokens, int surname, string text)
    {
        var (given, name) = (tokens[surname - 1], tokens[surname]);
        var end = given.Start + given.Length;
        if (name.Weight < TermWeights.Content && given.Weight > name.Weight && char.IsUpper(text[given.Start])
            && name.Start == end + 1 && char.IsWhiteSpace(text[end]))
        {
            tokens[surname - 1] = given with { Weight = name.Weight };
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    // The longest phrase of the vocabulary starting at word w: its group and how many words it takes. The words are
    // lower-cased into one buffer, so looking a phrase up allocates nothing.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (string Group, int Words)? PhraseAt(TalksVocabulary vocabulary, string text, List<(int Start, int Length)> words, int w)
    {
        Span<char> phrase = stackalloc char[MaxPhraseChars];
        Span<int> ends = stackalloc int[vocabulary.MaxPhraseWords];
        var count = 0;
        var at = 0;
        for (var k = w; k < words.Count && count < vocabulary.MaxPhraseWords; k++)
        {
            var (start, length) = words[k];
            if (at + length + 1 > MaxPhraseChars)
            {
                break;
            }

            if (count > 0)
            {
                phrase[at++] = ' ';
            }

            at += text.AsSpan(start, length).ToLowerInvariant(phrase[at..]);
            ends[count++] = at;
        }

        for (; count >= 2; count--)
        {
            if (vocabulary.GroupOfPhrase(phrase[..ends[count - 1]]) is { } group)
            {
                return (group, count);
            }
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        if (lower.Contains('-') && WordStems.Lookup(lower) is { } whole)
        {
            tokens.Add(new PassageToken(whole.Stem, start, length, whole.Weight));
            return;
        }

        foreach (var range in lower.Split('-'))
        {
            var part = lower[range];
            if (part.Length >= 2 && WordStems.Lookup(part) is { } term)
            {
                tokens.Add(new PassageToken(term.Stem, start, length, isName && term.Weight >= TermWeights.Content ? TermWeights.Fact : term.Weight));
            }
        }
    }

    // The word before a position, one-letter words included ("a fifth"), which the word list leaves out.
    private static ReadOnlySpan<char> PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetterOrDigit(text[begin - 1]))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin);
    }

    // A capitalised word that does not open a sentence is a name ("Donetsk", "Guterres", "Senate").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    // Apostrophes, hyphens and the dot in "U.S." join a word when letters follow; a comma or dot between digits
    // joins a number ("8,000", "60.8bn").
    private static bool IsInnerJoiner(string text, int i) =>
        i + 1 < text.Length && i > 0 && char.IsLetterOrDigit(text[i + 1]) && char.IsLetterOrDigit(text[i - 1])
        && (text[i] is '\'' or '’' or '-'
            || (text[i] == '.' && char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1]))
            || (text[i] is ',' or '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])));
}
