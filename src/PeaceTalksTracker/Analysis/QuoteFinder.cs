using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Analysis;

/// <summary>A quotation in a paragraph; <see cref="Speaker"/> is null for scare quotes nobody is named as saying.</summary>
public sealed record FoundQuote(string? Speaker, string? StakeholderId, string Text, int Start);

/// <summary>
/// Finds quotations (curly or straight double quotes) and their speaker. A quote is attributed when its sentence
/// names a person of the codebook and has a verb of saying ("said", "noted", "described ... as", "expressed"):
/// "Medinsky described the dialogue as “difficult, but businesslike”" is Medinsky's. Without both it is kept as an
/// unattributed phrase: “new realities” in "what it calls “new realities”" is a scare quote, not a quote of Russia.
/// </summary>
public static partial class QuoteFinder
{
    public static IReadOnlyList<FoundQuote> Find(string text, IReadOnlyList<FoundMention> mentions)
    {
        List<FoundQuote>? quotes = null;
        foreach (var (start, end) in QuoteSpans(text))
        {
            var inner = text[(start + 1)..end].Trim().TrimEnd(',', ';', ':').Trim();
            if (inner.Length == 0 || !inner.Any(char.IsLetter))
            {
                continue;
            }

            var (sentenceStart, sentenceEnd) = Sentence(text, start, end);
            var speaker = SpeakerOf(text, sentenceStart, sentenceEnd, start, end, mentions);
            quotes ??= [];
            quotes.Add(new FoundQuote(speaker?.Name, speaker?.StakeholderId, inner, start + 1));
        }

        return quotes ?? (IReadOnlyList<FoundQuote>)[];
    }

    private static (string Name, string StakeholderId)? SpeakerOf(
        string text, int sentenceStart, int sentenceEnd, int quoteStart, int quoteEnd, IReadOnlyList<FoundMention> mentions)
    {
        FoundMention? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var mention in mentions)
        {
            if (mention.Person is null || mention.Start < sentenceStart || mention.Start >= sentenceEnd
                || (mention.Start > quoteStart && mention.Start < quoteEnd))
            {
                continue;
            }

            var distance = mention.Start < quoteStart ? quoteStart - (mention.Start + mention.Length) : mention.Start - quoteEnd;
            if (distance < nearestDistance)
            {
                nearest = mention;
                nearestDistance = distance;
            }
        }

        if (nearest is null)
        {
            return null;
        }

        var outside = string.Concat(text.AsSpan(sentenceStart, quoteStart - sentenceStart), " ", text.AsSpan(quoteEnd + 1, sentenceEnd - quoteEnd - 1));
        return SpeechVerb().IsMatch(outside) ? (nearest.Person!.Name, nearest.StakeholderId) : null;
    }

    /// <summary>Pairs of opening and closing quote marks: “…” or "…" (straight quotes pair in order).</summary>
    private static IEnumerable<(int Start, int End)> QuoteSpans(string text)
    {
        var open = -1;
        var openChar = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (c is '“' or '"' or '„')
                {
                    open = i;
                    openChar = c;
                }
            }
            else if ((openChar == '"' && c == '"') || (openChar != '"' && c == '”'))
            {
                yield return (open, i);
                open = -1;
            }
            else if (openChar != '"' && c == '“')
            {
                // An unclosed curly quote: start again from the new one.
                open = i;
            }
        }
    }

    /// <summary>The sentence around a quote: from the previous sentence end outside the quote to the next one.</summary>
    private static (int Start, int End) Sentence(string text, int quoteStart, int quoteEnd)
    {
        var start = quoteStart;
        while (start > 0 && !IsSentenceEnd(text, start - 1))
        {
            start--;
        }

        var end = quoteEnd + 1;
        while (end < text.Length && !IsSentenceEnd(text, end))
        {
            end++;
        }

        return (start, Math.Min(end + 1, text.Length));
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?') || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
        {
            return false;
        }

        // "U.S." and "Mr." do not end a sentence: a capital letter or a short word just before the dot means an abbreviation.
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        return !(text[i] == '.' && (word.Contains('.') || word is "Mr" or "Mrs" or "Ms" or "Dr" or "Sen" or "Gen" or "St"));
    }

    [GeneratedRegex(@"\b(?:said|says|say|saying|told|tells|noted|notes|noting|added|adds|stated|states|described|describes|describing|called|calls|warned|warns|argued|argues|insisted|insists|expressed|expresses|voiced|declared|declares|wrote|writes|asked|remarked|stressed|stresses|stressing|emphasized|emphasised|acknowledged|claimed|claims|announced|according to|put it|quoted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeechVerb();
}
