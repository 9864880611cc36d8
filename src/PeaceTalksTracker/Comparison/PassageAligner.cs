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
    public double MutualThreshold { get; init; } = 0.12;

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
/// Pairs the points of two articles that are the same: each passage is cut into units (a short paragraph whole, a
/// long one by sentence), each unit a TF-IDF vector over its terms (<see cref="PassageTerms"/>: synonyms of the
/// talks folded, numbers and names weighted up, the topic's vocabulary down) and adjacent-word phrases, document
/// frequencies counted over both articles' units and the store's background; two units that carry the same
/// quotation are paired on the quotation. Then a greedy one-to-one matching, best pair first, above a threshold.
/// </summary>
public sealed class PassageAligner(AlignerOptions options)
{
    // A quotation match scores at least this, so it wins over word overlap between other units.
    private const double QuotationFloor = 0.5;

    public PassageAligner()
        : this(new AlignerOptions())
    {
    }

    public AlignerOptions Options { get; } = options;

    /// <summary>Aligns with document frequencies counted over the two articles alone.</summary>
    public PassageAlignment Align(IReadOnlyList<string> a, IReadOnlyList<string> b) => Align(a, b, TermBackground.Empty);

    public PassageAlignment Align(IReadOnlyList<string> a, IReadOnlyList<string> b, TermBackground background) =>
        Match(a, b, background, Math.Min(Options.Threshold, Options.MutualThreshold), oneToOne: true);

    /// <summary>
    /// Every pair of units scoring at least <paramref name="floor"/>, best first, each with its shared words and
    /// before the one-to-one matching and the shared-word rule: to see why two passages were or were not paired.
    /// </summary>
    public IReadOnlyList<AlignedPair> Candidates(IReadOnlyList<string> a, IReadOnlyList<string> b, TermBackground background, double floor = 0.01) =>
        Match(a, b, background, floor, oneToOne: false).Pairs;

    private PassageAlignment Match(IReadOnlyList<string> a, IReadOnlyList<string> b, TermBackground background, double threshold, bool oneToOne)
    {
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var space = new UnitSpace(Options.BigramWeight);
        var unitsA = Units(a, space);
        var unitsB = Units(b, space);
        var (vectorsA, vectorsB) = space.Vectorize(unitsA, unitsB, background);

        var candidates = WordCandidates(unitsA, unitsB, vectorsA, vectorsB, threshold);
        AddQuotationCandidates(candidates, unitsA, unitsB);
        candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : (x.A, x.B).CompareTo((y.A, y.B)));
        var bestA = new double[unitsA.Count];
        var bestB = new double[unitsB.Count];
        foreach (var (i, j, score, _) in candidates)
        {
            bestA[i] = Math.Max(bestA[i], score);
            bestB[j] = Math.Max(bestB[j], score);
        }

        var takenA = new bool[unitsA.Count];
        var takenB = new bool[unitsB.Count];
        var pairedA = new bool[a.Count];
        var pairedB = new bool[b.Count];
        var pairs = new List<AlignedPair>();
        foreach (var (i, j, score, quotation) in candidates)
        {
            if (oneToOne && (takenA[i] || takenB[j]
                || (score < Options.Threshold && !(score >= bestA[i] && score >= bestB[j]))))
            {
                continue;
            }

            var shared = SharedTerms(unitsA[i], unitsB[j], vectorsA[i], vectorsB[j]);
            if (oneToOne && !quotation && DistinctContent(shared, unitsA[i], unitsB[j]) < Options.MinSharedTerms)
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
            Enumerable.Range(0, a.Count).Where(i => !pairedA[i]).ToList(),
            Enumerable.Range(0, b.Count).Where(j => !pairedB[j]).ToList());
    }

    /// <summary>The similarity of two passages on their own, with document frequencies from just the two.</summary>
    public double Similarity(string a, string b)
    {
        var alignment = new PassageAligner(Options with { Threshold = 0, MinSharedTerms = 0, MinTerms = 0, LongPassageWords = int.MaxValue }).Align([a], [b]);
        return alignment.Pairs.Count == 0 ? 0 : alignment.Pairs[0].Similarity;
    }

    private List<Unit> Units(IReadOnlyList<string> passages, UnitSpace space)
    {
        var units = new List<Unit>();
        for (var p = 0; p < passages.Count; p++)
        {
            var text = passages[p];
            var tokens = PassageTerms.Tokenize(text);
            var quoted = Quotations.QuotedSpans(text);
            var spans = SentenceSplitter.Units(text, Options.LongPassageWords, Options.MinSentenceWords);
            if (spans.Count > 1)
            {
                // The whole of a long paragraph competes with its sentences: some points take a paragraph to make.
                var whole = new Unit(p, new TextSpan(spans[0].Start, spans[^1].End - spans[0].Start), text) { Covering = true };
                space.Fill(whole, tokens, 0, tokens.Count, quoted);
                units.Add(whole);
            }

            var t = 0;
            foreach (var span in spans)
            {
                var unit = new Unit(p, span, text);
                while (t < tokens.Count && tokens[t].Start < span.Start)
                {
                    t++;
                }

                var first = t;
                while (t < tokens.Count && tokens[t].Start < span.End)
                {
                    t++;
                }

                space.Fill(unit, tokens, first, t, quoted);
                units.Add(unit);
            }
        }

        return units;
    }

    // A paired unit is taken, and so is what overlaps it: a paragraph's sentences when the whole is paired, the
    // whole when one of its sentences is (its other sentences stay free to make other points).
    private static void Take(List<Unit> units, bool[] taken, int i)
    {
        taken[i] = true;
        var passage = units[i].Passage;
        for (var k = i - 1; k >= 0 && units[k].Passage == passage; k--)
        {
            taken[k] = taken[k] || units[i].Covering || units[k].Covering;
        }

        for (var k = i + 1; k < units.Count && units[k].Passage == passage; k++)
        {
            taken[k] = taken[k] || units[i].Covering || units[k].Covering;
        }
    }

    private List<(int A, int B, double Score, bool Quotation)> WordCandidates(
        List<Unit> unitsA, List<Unit> unitsB, List<SparseVector> vectorsA, List<SparseVector> vectorsB, double threshold)
    {
        // Scores through an inverted index of B's units: only pairs that share a term are ever touched.
        var postings = new Dictionary<int, List<(int Unit, double Weight)>>();
        for (var j = 0; j < vectorsB.Count; j++)
        {
            if (unitsB[j].TermCount < Options.MinTerms)
            {
                continue;
            }

            var vector = vectorsB[j];
            for (var t = 0; t < vector.Terms.Length; t++)
            {
                if (!postings.TryGetValue(vector.Terms[t], out var list))
                {
                    postings[vector.Terms[t]] = list = [];
                }

                list.Add((j, vector.Weights[t]));
            }
        }

        var candidates = new List<(int, int, double, bool)>();
        var scores = new double[vectorsB.Count];
        for (var i = 0; i < vectorsA.Count; i++)
        {
            if (unitsA[i].TermCount < Options.MinTerms)
            {
                continue;
            }

            Array.Clear(scores);
            var vector = vectorsA[i];
            for (var t = 0; t < vector.Terms.Length; t++)
            {
                if (postings.TryGetValue(vector.Terms[t], out var list))
                {
                    var weight = vector.Weights[t];
                    foreach (var (j, weightB) in list)
                    {
                        scores[j] += weight * weightB;
                    }
                }
            }

            for (var j = 0; j < scores.Length; j++)
            {
                if (scores[j] >= threshold)
                {
                    candidates.Add((i, j, scores[j], false));
                }
            }
        }

        return candidates;
    }

    private static void AddQuotationCandidates(List<(int A, int B, double Score, bool Quotation)> candidates, List<Unit> unitsA, List<Unit> unitsB)
    {
        var quotedB = unitsB.Select((u, j) => (u, j)).Where(x => x.u.Quoted.Count >= Quotations.MinTerms).ToList();
        for (var i = 0; i < unitsA.Count; i++)
        {
            if (unitsA[i].Quoted.Count < Quotations.MinTerms)
            {
                continue;
            }

            foreach (var (unit, j) in quotedB)
            {
                var overlap = Quotations.Overlap(unitsA[i].Quoted, unit.Quoted);
                if (overlap >= Quotations.MinOverlap)
                {
                    candidates.Add((i, j, QuotationFloor + (overlap * (1 - QuotationFloor)), true));
                }
            }
        }
    }

    // Shared content words, a name of several words standing together in both passages counted once: "Soviet Union"
    // is one name, not two pieces of evidence.
    private static int DistinctContent(List<SharedTerm> shared, Unit a, Unit b)
    {
        var content = shared.Where(t => t.Weight > 0 && PassageTerms.PriorWeight(t.Stem) >= 1.0).Select(t => t.Stem).ToList();
        return content.Count < 2 ? content.Count : Math.Max(Runs(content, a), Runs(content, b));
    }

    private static int Runs(List<string> stems, Unit unit)
    {
        var positions = stems.Select(s => unit.Words[s]).OrderBy(w => w.Start).ToList();
        var runs = 1;
        for (var k = 1; k < positions.Count; k++)
        {
            var gap = unit.Text.AsSpan(positions[k - 1].Start + positions[k - 1].Length, Math.Max(0, positions[k].Start - positions[k - 1].Start - positions[k - 1].Length));
            var oneName = gap.Trim().Length == 0 && gap.Length <= 2
                && char.IsUpper(unit.Text[positions[k - 1].Start]) && char.IsUpper(unit.Text[positions[k].Start]);
            runs += oneName ? 0 : 1;
        }

        return runs;
    }

    private static List<SharedTerm> SharedTerms(Unit a, Unit b, SparseVector va, SparseVector vb)
    {
        var shared = new List<SharedTerm>();
        foreach (var (stem, (term, start, length)) in a.Words)
        {
            if (b.Words.TryGetValue(stem, out var inB) && PassageTerms.PriorWeight(stem) > PassageTerms.TopicWeight)
            {
                shared.Add(new SharedTerm(stem, a.Text.Substring(start, length), b.Text.Substring(inB.Start, inB.Length),
                    Math.Round(va.WeightOf(term) * vb.WeightOf(term), 4)));
            }
        }

        shared.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : string.CompareOrdinal(x.Stem, y.Stem));
        return shared;
    }
}
