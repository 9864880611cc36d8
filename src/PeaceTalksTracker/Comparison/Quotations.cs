namespace PeaceTalksTracker.Comparison;

/// <summary>
/// Quoted words in a passage, and whether two quotations are the same words: two reports carry the same quotation
/// when most of the shorter one's words are in the longer one, whoever each report says spoke it (one may name the
/// speaker and the other not, or quote a sentence more or less).
/// </summary>
public static class Quotations
{
    /// <summary>Fewest distinct terms a quotation needs to be matched on its words (shorter ones are slogans).</summary>
    public const int MinTerms = 4;

    /// <summary>Share of the shorter quotation's terms the other must carry.</summary>
    public const double MinOverlap = 0.6;

    /// <summary>The spans between quotation marks (“…”, "…"), the marks left out; an unclosed quotation runs to the end.</summary>
    public static List<TextSpan> QuotedSpans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0 && (c == '“' || (c == '"' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))))
            {
                open = i + 1;
            }
            else if (open >= 0 && (c == '”' || c == '"'))
            {
                spans.Add(new TextSpan(open, i - open));
                open = -1;
            }
        }

        if (open >= 0 && open < text.Length)
        {
            spans.Add(new TextSpan(open, text.Length - open));
        }

        return spans;
    }

    /// <summary>The distinct terms of a quotation, the topic's words included: in a quotation every word is evidence.</summary>
    public static HashSet<string> TermsOf(string quotation) =>
        PassageTerms.Tokenize(quotation).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>How much of the shorter quotation the other carries, 0 to 1; 0 when either is too short to tell.</summary>
    public static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        if (small.Count < MinTerms)
        {
            return 0;
        }

        var shared = small.Count(large.Contains);
        return shared < MinTerms ? 0 : (double)shared / small.Count;
    }

    /// <summary>Whether two quotations are the same words (see <see cref="MinOverlap"/>).</summary>
    public static bool Same(IReadOnlySet<string> a, IReadOnlySet<string> b) => Overlap(a, b) >= MinOverlap;
}
