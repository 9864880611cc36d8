namespace PeaceTalksTracker.Comparison;

/// <summary>One unit the aligner compares: a passage whole, or some of its sentences, with its term counts.</summary>
internal sealed class Unit(int passage, TextSpan span, string text)
{
    /// <summary>Index of the passage the unit is part of.</summary>
    public int Passage { get; } = passage;

    public TextSpan Span { get; } = span;

    /// <summary>The whole passage's text (token positions are positions in it).</summary>
    public string Text { get; } = text;

    /// <summary>Term counts (words and phrases) by vocabulary id.</summary>
    public Dictionary<int, int> Counts { get; } = [];

    /// <summary>Each word's vocabulary id and where it first occurs (its surface form is cut only when shared).</summary>
    public Dictionary<string, (int Id, int Start, int Length)> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>The distinct terms inside quotation marks, the topic's words included.</summary>
    public HashSet<string> Quoted { get; } = new(StringComparer.Ordinal);

    public int TermCount { get; set; }

    /// <summary>The whole of a paragraph that is also compared sentence by sentence.</summary>
    public bool Covering { get; init; }

    public void Add(int id) => Counts[id] = Counts.GetValueOrDefault(id) + 1;
}

/// <summary>The term vocabulary of one alignment: words and adjacent-word phrases interned to ids, each with a prior weight.</summary>
internal sealed class UnitSpace(double bigramWeight)
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _phrases = [];
    private readonly List<double> _priors = [];

    public void Fill(Unit unit, List<PassageToken> tokens, int from, int to, List<TextSpan> quoted)
    {
        unit.TermCount = to - from;
        var previousId = -1;
        for (var t = from; t < to; t++)
        {
            var token = tokens[t];
            if (!_words.TryGetValue(token.Stem, out var id))
            {
                id = _priors.Count;
                _words.Add(token.Stem, id);
                _priors.Add(token.Weight);
            }
            else if (token.Weight > _priors[id])
            {
                // A word that is a name in one place ("Bucha") is a name wherever it occurs.
                _priors[id] = token.Weight;
            }

            unit.Add(id);
            unit.Words.TryAdd(token.Stem, (id, token.Start, token.Length));
            if (quoted.Count > 0 && quoted.Exists(q => token.Start >= q.Start && token.Start < q.End))
            {
                unit.Quoted.Add(token.Stem);
            }

            if (previousId >= 0)
            {
                // A phrase is the pair of its words' ids, so it is interned without building a string.
                var key = ((long)previousId << 32) | (uint)id;
                if (!_phrases.TryGetValue(key, out var phraseId))
                {
                    phraseId = _priors.Count;
                    _phrases.Add(key, phraseId);
                    _priors.Add(bigramWeight * Math.Sqrt(_priors[previousId] * _priors[id]));
                }

                unit.Add(phraseId);
            }

            previousId = id;
        }
    }

    /// <summary>Unit-length TF-IDF vectors of both sides; words (not phrases) also count the background's passages.</summary>
    public (List<SparseVector> A, List<SparseVector> B) Vectorize(List<Unit> a, List<Unit> b, TermBackground background)
    {
        var documentFrequency = new int[_priors.Count];
        foreach (var unit in a.Concat(b))
        {
            foreach (var term in unit.Counts.Keys)
            {
                documentFrequency[term]++;
            }
        }

        if (background.Passages > 0)
        {
            foreach (var (term, id) in _words)
            {
                documentFrequency[id] += background.DocumentFrequency(term);
            }
        }

        var units = a.Count + b.Count + background.Passages;
        return (a.ConvertAll(u => Vector(u, documentFrequency, units)), b.ConvertAll(u => Vector(u, documentFrequency, units)));
    }

    private SparseVector Vector(Unit unit, int[] documentFrequency, int units)
    {
        var terms = unit.Counts.Keys.ToArray();
        Array.Sort(terms);
        var weights = new double[terms.Length];
        var norm = 0.0;
        for (var t = 0; t < terms.Length; t++)
        {
            var term = terms[t];
            var idf = Math.Log(1.0 + ((double)units / documentFrequency[term]));
            var weight = (1.0 + Math.Log(unit.Counts[term])) * idf * _priors[term];
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
}
