namespace PeaceTalksTracker.Comparison;

/// <summary>Tuning of <see cref="PassageAligner"/>; the defaults were chosen on bench/dev-pairs (see README).</summary>
public sealed record AlignerOptions
{
    /// <summary>Cosine similarity from which two units are paired (one-to-one, best first).</summary>
    public double Threshold { get; init; } = 0.25;

    /// <summary>
    /// Lower similarity from which two units are paired when each is the other's best match: a paraphrase shares
    /// few words, but no other passage of the other article comes closer.
    /// </summary>
    public double MutualThreshold { get; init; } = 0.14;

    /// <summary>Distinct non-topic words two units must share to be paired, so one rare word is not enough.</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>Units with fewer terms than this (headings, bylines) are never paired.</summary>
    public int MinTerms { get; init; } = 5;

    /// <summary>Weight of a two-word phrase ("prisoner exchange") relative to its words.</summary>
    public double BigramWeight { get; init; } = 0.4;

    /// <summary>A paragraph longer than this (in words) is compared sentence by sentence.</summary>
    public int LongPassageWords { get; init; } = 35;

    /// <summary>A sentence shorter than this is compared together with its neighbour.</summary>
    public int MinSentenceWords { get; init; } = 8;

    /// <summary>A sentence longer than this (in words) is also compared clause by clause.</summary>
    public int LongSentenceWords { get; init; } = 20;

    /// <summary>A clause shorter than this is compared together with its neighbour.</summary>
    public int MinClauseWords { get; init; } = 6;
}

/// <summary>A word two paired passages share: its stem and how each passage spells it.</summary>
public sealed record SharedTerm(string Stem, string InA, string InB, double Weight);

/// <summary>
/// Passage <see cref="A"/> of the first article paired with passage <see cref="B"/> of the second: the sentences
/// <see cref="SpanA"/> and <see cref="SpanB"/> of each make the same point (the whole passage when it is short).
/// </summary>
public sealed record AlignedPair(int A, int B, double Similarity, IReadOnlyList<SharedTerm> Shared)
{
    public TextSpan SpanA { get; init; }

    public TextSpan SpanB { get; init; }

    /// <summary>Paired because both carry the same quotation.</summary>
    public bool Quotation { get; init; }
}

/// <summary>The pairs, best first, and the passages of each side with no sentence paired, in reading order.</summary>
public sealed record PassageAlignment(IReadOnlyList<AlignedPair> Pairs, IReadOnlyList<int> UnmatchedA, IReadOnlyList<int> UnmatchedB);

/// <summary>
/// Pairs the points of two articles that are the same: each article's passages are prepared once
/// (<see cref="PreparedPassages"/>: cut into units, a short paragraph whole, a long one also by sentence, each unit's
/// terms counted, <see cref="PassageTerms"/>); two prepared sides meet in one TF-IDF space (<see cref="AlignmentSpace"/>:
/// document frequencies over both sides' units and the store's background), candidates come from an inverted index
/// and shared quotations (<see cref="AlignmentCandidates"/>), then a greedy one-to-one matching, best pair first,
/// above a threshold.
/// </summary>
public sealed class PassageAligner(AlignerOptions options)
{
    public PassageAligner()
        : this(new AlignerOptions())
    {
    }

    public AlignerOptions Options { get; } = options;

    /// <summary>Cuts an article's passages into units and counts their terms, to align it with one or more others.</summary>
    public PreparedPassages Prepare(IReadOnlyList<string> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return PreparedPassages.Build(passages, Options.LongPassageWords, Options.MinSentenceWords, Options.LongSentenceWords, Options.MinClauseWords);
    }

    /// <summary>Aligns with document frequencies counted over the two articles alone.</summary>
    public PassageAlignment Align(IReadOnlyList<string> a, IReadOnlyList<string> b) => Align(a, b, TermBackground.Empty);

    public PassageAlignment Align(IReadOnlyList<string> a, IReadOnlyList<string> b, TermBackground background) =>
        Align(Prepare(a), Prepare(b), background);

    public PassageAlignment Align(PreparedPassages a, PreparedPassages b, TermBackground background) =>
        Match(a, b, background, Math.Min(Options.Threshold, Options.MutualThreshold), oneToOne: true);

    /// <summary>
    /// Every pair of units scoring at least <paramref name="floor"/>, best first, each with its shared words and
    /// before the one-to-one matching and the shared-word rule: to see why two passages were or were not paired.
    /// </summary>
    public IReadOnlyList<AlignedPair> Candidates(IReadOnlyList<string> a, IReadOnlyList<string> b, TermBackground background, double floor = 0.01) =>
        Match(Prepare(a), Prepare(b), background, floor, oneToOne: false).Pairs;

    /// <summary>The similarity of two passages on their own, with document frequencies from just the two.</summary>
    public double Similarity(string a, string b)
    {
        var alignment = new PassageAligner(Options with { Threshold = 0, MinSharedTerms = 0, MinTerms = 0, LongPassageWords = int.MaxValue }).Align([a], [b]);
        return alignment.Pairs.Count == 0 ? 0 : alignment.Pairs[0].Similarity;
    }

    private PassageAlignment Match(PreparedPassages a, PreparedPassages b, TermBackground background, double threshold, bool oneToOne)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(background);
        var space = AlignmentSpace.Build(a, b, background, Options.BigramWeight);
        var (unitsA, unitsB) = (a.Units, b.Units);
        var candidates = AlignmentCandidates.Find(space, Options.MinTerms, threshold);
        var bestA = new double[unitsA.Count];
        var bestB = new double[unitsB.Count];
        foreach (var (i, j, score, _) in candidates)
        {
            bestA[i] = Math.Max(bestA[i], score);
            bestB[j] = Math.Max(bestB[j], score);
        }

        var takenA = new bool[unitsA.Count];
        var takenB = new bool[unitsB.Count];
        var pairedA = new bool[a.Passages.Count];
        var pairedB = new bool[b.Passages.Count];
        var pairs = new List<AlignedPair>();
        foreach (var (i, j, score, quotation) in candidates)
        {
            if (oneToOne && (takenA[i] || takenB[j]
                || (score < Options.Threshold && !(score >= bestA[i] && score >= bestB[j]))))
            {
                continue;
            }

            var shared = PairEvidence.SharedTerms(space, i, j, out var content);
            if (oneToOne && !quotation && PairEvidence.DistinctContent(content, unitsA[i].Text, unitsB[j].Text) < Options.MinSharedTerms)
            {
                continue;
            }

            Take(unitsA, takenA, i);
            Take(unitsB, takenB, j);
            pairedA[unitsA[i].Passage] = true;
            pairedB[unitsB[j].Passage] = true;
            pairs.Add(new AlignedPair(unitsA[i].Passage, unitsB[j].Passage, Math.Round(score, 3), shared)
            {
                SpanA = unitsA[i].Span,
                SpanB = unitsB[j].Span,
                Quotation = quotation,
            });
        }

        return new PassageAlignment(
            pairs,
            Enumerable.Range(0, a.Passages.Count).Where(i => !pairedA[i]).ToList(),
            Enumerable.Range(0, b.Passages.Count).Where(j => !pairedB[j]).ToList());
    }

    // A paired unit is taken, and so is what overlaps it: a paragraph's sentences when the whole is paired, the
    // whole when one of its sentences is (its other sentences stay free to make other points), a sentence and its
    // clauses together.
    private static void Take(List<PreparedUnit> units, bool[] taken, int i)
    {
        taken[i] = true;
        var (passage, span) = (units[i].Passage, units[i].Span);
        for (var k = i - 1; k >= 0 && units[k].Passage == passage; k--)
        {
            taken[k] = taken[k] || Overlap(span, units[k].Span);
        }

        for (var k = i + 1; k < units.Count && units[k].Passage == passage; k++)
        {
            taken[k] = taken[k] || Overlap(span, units[k].Span);
        }
    }

    private static bool Overlap(TextSpan x, TextSpan y) => x.Start < y.End && y.Start < x.End;
}
