using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Analysis;

/// <summary>An evidence term of the codebook: the theme it speaks for and its weight. Compared by reference.</summary>
internal sealed class ThemeTerm(int theme, double weight)
{
    public int Theme { get; } = theme;

    public double Weight { get; } = weight;
}

/// <summary>One place a theme's term was found in a paragraph, as written (lower case).</summary>
internal readonly record struct ThemeHit(ThemeTerm Term, int Start, string Surface);

/// <summary>
/// Weighs a theme's evidence in one paragraph, reading its sentences where the paragraph alone would mislead. Each
/// distinct term counts once, and the weights add up to the theme's threshold, with two rules for weak words:
/// <list type="bullet">
/// <item>A company word (weight under 1: "diplomatic", "concessions", "steps") counts only beside another term of the
/// same theme in its sentence. Alone in its sentence it is the paragraph's passing word, not its subject.</item>
/// <item>Evidence made only of generic words (weight at most 1: "military", "attacks", "talks") must reach the
/// threshold inside one sentence, or be three distinct words: two generic words sentences apart ("military
/// calculations", then "civilian attacks") are not a paragraph about the battlefield.</item>
/// </list>
/// A paragraph of one sentence, or evidence with a strong term and no company word, is weighed whole.
/// </summary>
internal static class ThemeEvidence
{
    private const double Generic = 1;

    private const int GenericWordsEnough = 3;

    /// <summary>
    /// The score and the counted terms as written, or null when the evidence does not reach the threshold;
    /// <paramref name="sentences"/> is split on first need and kept for the paragraph's other themes.
    /// </summary>
    public static (double Score, List<string> Evidence)? Weigh(List<ThemeHit> hits, double threshold, string text, ref List<TextSpan>? sentences)
    {
        double raw = 0;
        bool hasStrong = false, hasCompany = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var weight = hits[i].Term.Weight;
            hasStrong |= weight > Generic;
            hasCompany |= weight < Generic;
            if (IsFirst(hits, i))
            {
                raw += weight;
            }
        }

        if (raw < threshold)
        {
            return null;
        }

        if (!hasCompany && hasStrong)
        {
            return (raw, Surfaces(hits, null));
        }

        sentences ??= SentenceSplitter.Sentences(text);
        if (sentences.Count <= 1)
        {
            return (raw, Surfaces(hits, null));
        }

        var sentenceOf = new int[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            sentenceOf[i] = SentenceAt(sentences, hits[i].Start);
        }

        var counted = new bool[hits.Count];
        for (var i = 0; i < hits.Count; i++)
        {
            counted[i] = hits[i].Term.Weight >= Generic || HasCompany(hits, sentenceOf, i);
        }

        double score = 0;
        var distinct = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            if (counted[i] && FirstCounted(hits, counted, i))
            {
                score += hits[i].Term.Weight;
                distinct++;
            }
        }

        if (score < threshold || (!hasStrong && distinct < GenericWordsEnough && BestSentence(hits, counted, sentenceOf, sentences.Count) < threshold))
        {
            return null;
        }

        return (score, Surfaces(hits, counted));
    }

    private static bool IsFirst(List<ThemeHit> hits, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (ReferenceEquals(hits[j].Term, hits[i].Term))
            {
                return false;
            }
        }

        return true;
    }

    private static bool FirstCounted(List<ThemeHit> hits, bool[] counted, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (counted[j] && ReferenceEquals(hits[j].Term, hits[i].Term))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCompany(List<ThemeHit> hits, int[] sentenceOf, int i)
    {
        for (var j = 0; j < hits.Count; j++)
        {
            if (sentenceOf[j] == sentenceOf[i] && !ReferenceEquals(hits[j].Term, hits[i].Term))
            {
                return true;
            }
        }

        return false;
    }

    private static double BestSentence(List<ThemeHit> hits, bool[] counted, int[] sentenceOf, int sentenceCount)
    {
        var best = 0.0;
        for (var s = 0; s < sentenceCount; s++)
        {
            var score = 0.0;
            for (var i = 0; i < hits.Count; i++)
            {
                if (counted[i] && sentenceOf[i] == s && FirstInSentence(hits, sentenceOf, i))
                {
                    score += hits[i].Term.Weight;
                }
            }

            best = Math.Max(best, score);
        }

        return best;
    }

    private static bool FirstInSentence(List<ThemeHit> hits, int[] sentenceOf, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (sentenceOf[j] == sentenceOf[i] && ReferenceEquals(hits[j].Term, hits[i].Term))
            {
                return false;
            }
        }

        return true;
    }

    // A match between two sentences (in the space a split trimmed) belongs to the one after it.
    private static int SentenceAt(List<TextSpan> sentences, int start)
    {
        for (var s = sentences.Count - 1; s > 0; s--)
        {
            if (start >= sentences[s].Start)
            {
                return s;
            }
        }

        return 0;
    }

    private static List<string> Surfaces(List<ThemeHit> hits, bool[]? counted)
    {
        var surfaces = new List<string>(hits.Count);
        for (var i = 0; i < hits.Count; i++)
        {
            if ((counted is null || counted[i]) && !surfaces.Contains(hits[i].Surface))
            {
                surfaces.Add(hits[i].Surface);
            }
        }

        return surfaces;
    }
}
