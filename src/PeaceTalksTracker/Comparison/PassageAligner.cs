namespace PeaceTalksTracker.Comparison;

/// <summary>Tuning of <see cref="PassageAligner"/>; the defaults are what the hand-checked seed pairs were tuned with.</summary>
public sealed record AlignerOptions
{
    /// <summary>Cosine similarity below which two passages are not paired.</summary>
    public double Threshold { get; init; } = 0.09;

    /// <summary>Distinct non-topic words two passages must share to be paired, so one rare word is not enough.</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>Passages with fewer terms than this (headings, bylines) are never paired.</summary>
    public int MinTerms { get; init; } = 5;

    /// <summary>Weight of a two-word phrase ("prisoner exchange") relative to its words.</summary>
    public double BigramWeight { get; init; } = 0.6;
}

/// <summary>A word two paired passages share: its stem and how each passage spells it.</summary>
public sealed record SharedTerm(string Stem, string InA, string InB, double Weight);

/// <summary>Passage <see cref="A"/> of the first article paired with passage <see cref="B"/> of the second.</summary>
public sealed record AlignedPair(int A, int B, double Similarity, IReadOnlyList<SharedTerm> Shared);

/// <summary>The pairs, best first, and the passages of each side left without a counterpart, in reading order.</summary>
public sealed record PassageAlignment(IReadOnlyList<AlignedPair> Pairs, IReadOnlyList<int> UnmatchedA, IReadOnlyList<int> UnmatchedB);

/// <summary>
/// Pairs the passages of two articles that make the same point: TF-IDF cosine over stemmed words and adjacent-word
/// phrases, with document frequencies counted over both articles' passages (a word every passage uses counts for
/// little) and the topic's own vocabulary weighted down (see <see cref="PassageTerms"/>); then a greedy one-to-one
/// matching, best pair first, above a threshold.
/// </summary>
public sealed class PassageAligner(AlignerOptions options)
{
    public PassageAligner()
        : this(new AlignerOptions())
    {
    }

    public AlignerOptions Options { get; } = options;

    /// <summary>Aligns with document frequencies counted over the two articles alone.</summary>
    public PassageAlignment Align(IReadOnlyList<string> a, IReadOnlyList<string> b) => Align(a, b, TermBackground.Empty);

    public PassageAlignment Align(IReadOnlyList<string> a, IReadOnlyList<string> b, TermBackground background)
    {
        ArgumentNullException.ThrowIfNull(background);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new Dictionary<long, int>();
        var priors = new List<double>();
        var bagsA = a.Select(text => Bag.Of(text, vocabulary, phrases, priors, Options.BigramWeight)).ToList();
        var bagsB = b.Select(text => Bag.Of(text, vocabulary, phrases, priors, Options.BigramWeight)).ToList();

        var documentFrequency = new int[priors.Count];
        foreach (var bag in bagsA.Concat(bagsB))
        {
            foreach (var term in bag.Counts.Keys)
            {
                documentFrequency[term]++;
            }
        }

        // Words (not phrases) also count the passages of the background that use them.
        if (background.Passages > 0)
        {
            foreach (var (term, id) in vocabulary)
            {
                documentFrequency[id] += background.DocumentFrequency(term);
            }
        }

        var passages = bagsA.Count + bagsB.Count + background.Passages;
        var vectorsA = bagsA.Select(bag => Vectorize(bag, documentFrequency, priors, passages)).ToList();
        var vectorsB = bagsB.Select(bag => Vectorize(bag, documentFrequency, priors, passages)).ToList();

        // Scores through an inverted index of B's passages: only pairs that share a term are ever touched.
        var postings = new List<(int Passage, double Weight)>?[vocabulary.Count + phrases.Count];
        for (var j = 0; j < vectorsB.Count; j++)
        {
            if (bagsB[j].TermCount < Options.MinTerms)
            {
                continue;
            }

            var vector = vectorsB[j];
            for (var t = 0; t < vector.Terms.Length; t++)
            {
                (postings[vector.Terms[t]] ??= []).Add((j, vector.Weights[t]));
            }
        }

        var candidates = new List<(int A, int B, double Similarity)>();
        var scores = new double[vectorsB.Count];
        for (var i = 0; i < vectorsA.Count; i++)
        {
            if (bagsA[i].TermCount < Options.MinTerms)
            {
                continue;
            }

            Array.Clear(scores);
            var vector = vectorsA[i];
            for (var t = 0; t < vector.Terms.Length; t++)
            {
                if (postings[vector.Terms[t]] is not { } list)
                {
                    continue;
                }

                var weight = vector.Weights[t];
                foreach (var (j, weightB) in list)
                {
                    scores[j] += weight * weightB;
                }
            }

            for (var j = 0; j < scores.Length; j++)
            {
                if (scores[j] >= Options.Threshold)
                {
                    candidates.Add((i, j, scores[j]));
                }
            }
        }

        candidates.Sort((x, y) => y.Similarity.CompareTo(x.Similarity));
        var takenA = new bool[a.Count];
        var takenB = new bool[b.Count];
        var pairs = new List<AlignedPair>();
        foreach (var (i, j, similarity) in candidates)
        {
            if (takenA[i] || takenB[j])
            {
                continue;
            }

            var shared = SharedTerms(bagsA[i], bagsB[j], vectorsA[i], vectorsB[j]);
            if (shared.Count(t => t.Weight > 0 && PassageTerms.PriorWeight(t.Stem) >= 1.0) < Options.MinSharedTerms)
            {
                continue;
            }

            takenA[i] = true;
            takenB[j] = true;
            pairs.Add(new AlignedPair(i, j, Math.Round(similarity, 3), shared));
        }

        return new PassageAlignment(
            pairs,
            Enumerable.Range(0, a.Count).Where(i => !takenA[i]).ToList(),
            Enumerable.Range(0, b.Count).Where(j => !takenB[j]).ToList());
    }

    /// <summary>The similarity of two passages on their own, with document frequencies from just the two.</summary>
    public double Similarity(string a, string b)
    {
        var alignment = new PassageAligner(Options with { Threshold = 0, MinSharedTerms = 0, MinTerms = 0 }).Align([a], [b]);
        return alignment.Pairs.Count == 0 ? 0 : alignment.Pairs[0].Similarity;
    }

    private static SparseVector Vectorize(Bag bag, int[] documentFrequency, List<double> priors, int passages)
    {
        var terms = bag.Counts.Keys.ToArray();
        Array.Sort(terms);
        var weights = new double[terms.Length];
        var norm = 0.0;
        for (var t = 0; t < terms.Length; t++)
        {
            var term = terms[t];
            var idf = Math.Log(1.0 + ((double)passages / documentFrequency[term]));
            var weight = (1.0 + Math.Log(bag.Counts[term])) * idf * priors[term];
            weights[t] = weight;
            norm += weight * weight;
        }

        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            for (var t = 0; t < weights.Length; t++)
            {
                weights[t] /= norm;
            }
        }

        return new SparseVector(terms, weights);
    }

    private static List<SharedTerm> SharedTerms(Bag a, Bag b, SparseVector va, SparseVector vb)
    {
        var shared = new List<SharedTerm>();
        foreach (var (stem, (term, _, _)) in a.Words)
        {
            if (b.Words.ContainsKey(stem) && PassageTerms.PriorWeight(stem) > PassageTerms.TopicWeight)
            {
                shared.Add(new SharedTerm(stem, a.Surface(stem), b.Surface(stem), Math.Round(va.WeightOf(term) * vb.WeightOf(term), 4)));
            }
        }

        shared.Sort((x, y) => y.Weight.CompareTo(x.Weight));
        return shared;
    }

    /// <summary>A passage's term counts (words and phrases, by vocabulary id) and the surface form of each word.</summary>
    private sealed class Bag
    {
        public Dictionary<int, int> Counts { get; } = [];

        public required string Text { get; init; }

        /// <summary>Each word's vocabulary id and where it first occurs (its surface form is cut only when shared).</summary>
        public Dictionary<string, (int Id, int Start, int Length)> Words { get; } = new(StringComparer.Ordinal);

        public string Surface(string stem) => Words[stem] is var (_, start, length) ? Text.Substring(start, length) : stem;

        public int TermCount { get; private set; }

        public static Bag Of(string text, Dictionary<string, int> vocabulary, Dictionary<long, int> phrases, List<double> priors, double bigramWeight)
        {
            var bag = new Bag { Text = text };
            var tokens = PassageTerms.Tokenize(text);
            bag.TermCount = tokens.Count;
            var previousId = -1;
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (!vocabulary.TryGetValue(token.Stem, out var id))
                {
                    id = priors.Count;
                    vocabulary.Add(token.Stem, id);
                    priors.Add(token.Weight);
                }

                bag.Add(id);
                bag.Words.TryAdd(token.Stem, (id, token.Start, token.Length));

                if (previousId >= 0)
                {
                    // A phrase is the pair of its words' ids, so it is interned without building a string.
                    var key = ((long)previousId << 32) | (uint)id;
                    if (!phrases.TryGetValue(key, out var phraseId))
                    {
                        phraseId = priors.Count;
                        phrases.Add(key, phraseId);
                        priors.Add(bigramWeight * Math.Sqrt(priors[previousId] * priors[id]));
                    }

                    bag.Add(phraseId);
                }

                previousId = id;
            }

            return bag;
        }

        private void Add(int id) => Counts[id] = Counts.GetValueOrDefault(id) + 1;
    }
}
