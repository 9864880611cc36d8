using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>A run of a passage's text: where it starts and how long it is.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}

/// <summary>
/// The units a passage is compared in: a short paragraph whole, a long one sentence by sentence, because a report
/// makes several points in one long paragraph and another report may make only one of them.
/// </summary>
public static class SentenceSplitter
{
    // Words whose dot does not end a sentence ("Mr. Putin", "Gen. Syrskyi", "Feb. 24").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = (
        "mr mrs ms dr st gen lt col sgt maj capt adm gov sen rep prof jan feb mar apr jun jul aug sep sept oct nov dec " +
        "no vs etc inc corp co jr sr approx est fig")
        .Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentences of a text, each trimmed, in order (a text without a sentence end is one sentence).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextSpan> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…') || !EndsSentence(text, i, out var next))
            {
                continue;
            }

            Add(sentences, text, start, next);
            start = next;
            i = next - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>
    /// The passage whole when it has at most <paramref name="longWords"/> words or one sentence, else its sentences,
    /// a sentence shorter than <paramref name="minWords"/> words joined to the one before it (or after it, first).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextSpan> Units(string text, int longWords, int minWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var whole = Trimmed(text, 0, text.Length);
        if (WordsIn(text, whole) <= longWords)
        {
            return [whole];
        }

        var units = new List<TextSpan>();
        foreach (var sentence in Sentences(text))
        {
            if (units.Count > 0 && (WordsIn(text, sentence) < minWords || WordsIn(text, units[^1]) < minWords))
            {
                units[^1] = new TextSpan(units[^1].Start, sentence.End - units[^1].Start);
            }
            else
            {
                units.Add(sentence);
            }
        }

        return units;
    }

    /// <summary>
    /// The clauses of a sentence of more than <paramref name="longWords"/> words, cut after a semicolon or colon, at a
    /// dash between words, and before a conjunction that opens a clause after a comma (", but", ", while", ", as"…);
    /// a clause shorter than <paramref name="minWords"/> words stays with its neighbour. Empty when the sentence is
    /// short or has one clause.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextSpan> Clauses(string text, TextSpan sentence, int longWords, int minWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = new List<TextSpan>();
        if (WordsIn(text, sentence) <= longWords)
        {
            return clauses;
        }

        var start = sentence.Start;
        for (var i = sentence.Start + 1; i < sentence.End - 1; i++)
        {
            if (ClauseBreak(text, i, sentence.End) is not (> 0 and var next))
            {
                continue;
            }

            var clause = Trimmed(text, start, i + 1);
            if (WordsIn(text, clause) >= minWords && WordsIn(text, Trimmed(text, next, sentence.End)) >= minWords)
            {
                clauses.Add(clause);
                start = next;
            }

            i = next - 1;
        }

        if (clauses.Count > 0)
        {
            clauses.Add(Trimmed(text, start, sentence.End));
        }

        return clauses;
    }

    // Where the next clause starts when one ends at i, or 0: after "; " or ": ", after a dash set off by spaces, or
    // at a conjunction after ", ".
    private static int ClauseBreak(string text, int i, int end)
    {
        var c = text[i];
        if (c is ';' or ':' && char.IsWhiteSpace(text[i + 1]))
        {
            return i + 1;
        }

        if (c is '–' or '—' && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1]))
        {
            return i + 1;
        }

        if (c == ',' && char.IsWhiteSpace(text[i + 1]))
        {
            var word = i + 2;
            var wordEnd = word;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd > word && wordEnd < end && char.IsWhiteSpace(text[wordEnd]) && ClauseOpeners.Contains(text.AsSpan(word, wordEnd - word)))
            {
                return word;
            }
        }

        return 0;
    }

    // Conjunctions that, after a comma, open a clause making a point of its own.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseOpeners = (
        "but while whereas although though as after before because saying adding since which")
        .Split(' ').ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsSentence(string text, int at, out int next)
    {
        next = at + 1;
        while (next < text.Length && text[next] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ']')
        {
            next++;
        }

        var gap = next;
        while (gap < text.Length && char.IsWhiteSpace(text[gap]))
        {
            gap++;
        }

        if (gap == next || gap >= text.Length || !(char.IsUpper(text[gap]) || char.IsDigit(text[gap]) || text[gap] is '"' or '“' or '‘'))
        {
            return false;
        }

        if (text[at] != '.')
        {
            return true;
        }

        var wordStart = at;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, at - wordStart);
        // An initial ("J. D. Vance", "U.S.") or an abbreviation is not a sentence end.
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Abbreviations.Contains(word);
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        var span = Trimmed(text, start, end);
        if (span.Length > 0)
        {
            sentences.Add(span);
        }
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end - start);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordsIn(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
