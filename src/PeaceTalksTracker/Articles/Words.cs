using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Articles;

/// <summary>
/// Counting words as a reader would, shared by extraction, cleaning and storage so that thresholds ("a heading is at
/// most 15 words", "an article has at least 80") mean the same everywhere. Chinese and Japanese are written without
/// spaces: each ideograph or kana counts as one word, or a whole paragraph of them would be "one word" — a heading, a
/// related-link line, a page too short to be an article.
/// </summary>
public static partial class Words
{
    /// <summary>The words between spaces, each CJK ideograph or kana one of its own.</summary>
    public static int Count(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsUnspaced(c))
            {
                words++;
                inWord = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                words++;
                inWord = true;
            }
        }

        return words;
    }

    /// <summary>
    /// A paragraph's length as stored and shown to readers ("1,242 words · 5 min read"): runs of letters and digits, so
    /// a dash or a bullet standing alone is no word; each CJK ideograph or kana one.
    /// </summary>
    public static int CountReading(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsUnspaced(c))
            {
                count++;
                inWord = false;
                continue;
            }

            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>
    /// A line of figures ("Net 1.1 mln vs 829,000", a results table of wire copy): a fifth or more of its characters,
    /// spaces aside, are digits. A year ("The 2022 Invasion") is a word, not a figure.
    /// </summary>
    public static bool IsFigures(string line)
    {
        var characters = line.Count(c => !char.IsWhiteSpace(c));
        return characters > 0 && Year().Replace(line, "").Count(char.IsDigit) * 5 >= characters;
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    /// <summary>CJK ideographs (with extension A and compatibility forms), hiragana and katakana.</summary>
    // Called for every character counted: the common case (below the kana) inlined as one comparison.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnspaced(char c) => c >= '\u3040' && IsCjk(c);

    private static bool IsCjk(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
