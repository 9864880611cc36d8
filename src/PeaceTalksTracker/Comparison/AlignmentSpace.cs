using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>
/// The joint term space of two prepared sides: A's terms keep their ids, B's are mapped onto them (new ones
/// appended), phrases after the words; then each unit's unit-length TF-IDF vector, document frequencies counted over
/// both sides' units and, for words, the store's background.
/// </summary>
internal sealed class AlignmentSpace
{
    private readonly int[] _jointToB;

    private AlignmentSpace(PreparedPassages a, PreparedPassages b, int[] jointToB, int terms, SparseVector[] vectorsA, SparseVector[] vectorsB)
    {
        Terms = terms;
        A = a;
        B = b;
        _jointToB = jointToB;
        VectorsA = vectorsA;
        VectorsB = vectorsB;
    }

    /// <summary>How many terms (words and phrases) the space has: every vector's ids are below it.</summary>
    public int Terms { get; }

    public PreparedPassages A { get; }

    public PreparedPassages B { get; }

    public SparseVector[] VectorsA { get; }

    public SparseVector[] VectorsB { get; }

    /// <summary>B's id of a joint word id (A's ids are the joint ids), or -1 when B does not use it.</summary>
    public int WordOfB(int joint) => joint < _jointToB.Length ? _jointToB[joint] : -1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AlignmentSpace Build(PreparedPassages a, PreparedPassages b, TermBackground background, double bigramWeight)
    {
        var wordsA = a.Terms.Length;
        var bToJoint = new int[b.Terms.Length];
        var words = wordsA;
        for (var k = 0; k < b.Terms.Length; k++)
        {
            bToJoint[k] = a.TermIndex.TryGetValue(b.Terms[k], out var id) ? id : words++;
        }

        var jointToB = new int[words];
        Array.Fill(jointToB, -1);
        for (var k = 0; k < bToJoint.Length; k++)
        {
            jointToB[bToJoint[k]] = k;
        }

        // B's phrases whose two words A also uses may be A's phrases; the others are new.
        var phrasesA = a.Phrases.Length;
        var phraseBToJoint = new int[b.Phrases.Length];
        var terms = words + phrasesA;
        for (var k = 0; k < b.Phrases.Length; k++)
        {
            var (first, second) = (bToJoint[b.Phrases[k].First], bToJoint[b.Phrases[k].Second]);
            phraseBToJoint[k] = first < wordsA && second < wordsA && a.PhraseIndex.TryGetValue(PreparedPassages.PhraseKey(first, second), out var id)
                ? words + id
                : terms++;
        }

        var priors = new double[terms];
        var documentFrequency = new int[terms];
        Array.Copy(a.TermWeights, priors, wordsA);
        Array.Copy(a.WordUnits, documentFrequency, wordsA);
        for (var k = 0; k < b.Terms.Length; k++)
        {
            priors[bToJoint[k]] = Math.Max(priors[bToJoint[k]], b.TermWeights[k]);
            documentFrequency[bToJoint[k]] += b.WordUnits[k];
        }

        if (background.Passages > 0)
        {
            for (var k = 0; k < words; k++)
            {
                documentFrequency[k] += background.DocumentFrequency(k < wordsA ? a.Terms[k] : b.Terms[jointToB[k]]);
            }
        }

        var phraseWords = new (int, int)[terms - words];
        for (var k = 0; k < phrasesA; k++)
        {
            phraseWords[k] = a.Phrases[k];
            documentFrequency[words + k] += a.PhraseUnits[k];
        }

        for (var k = 0; k < b.Phrases.Length; k++)
        {
            phraseWords[phraseBToJoint[k] - words] = (bToJoint[b.Phrases[k].First], bToJoint[b.Phrases[k].Second]);
            documentFrequency[phraseBToJoint[k]] += b.PhraseUnits[k];
        }

        for (var k = 0; k < phraseWords.Length; k++)
        {
            var (first, second) = phraseWords[k];
            priors[words + k] = bigramWeight * Math.Sqrt(priors[first] * priors[second]);
        }

        var units = a.Units.Count + b.Units.Count + background.Passages;
        var weights = new double[terms];
        for (var k = 0; k < terms; k++)
        {
            weights[k] = Math.Log(1.0 + ((double)units / documentFrequency[k])) * priors[k];
        }

        var vectorsA = a.Units.Select(u => Vector(u, k => k, k => words + k, weights, sort: false)).ToArray();
        var vectorsB = b.Units.Select(u => Vector(u, k => bToJoint[k], k => phraseBToJoint[k], weights, sort: true)).ToArray();
        return new AlignmentSpace(a, b, jointToB, terms, vectorsA, vectorsB);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SparseVector Vector(PreparedUnit unit, Func<int, int> word, Func<int, int> phrase, double[] idfTimesPrior, bool sort)
    {
        var length = unit.Words.Length + unit.Phrases.Length;
        var terms = new int[length];
        var weights = new double[length];
        var norm = 0.0;
        for (var k = 0; k < length; k++)
        {
            var (term, count) = k < unit.Words.Length
                ? (word(unit.Words[k]), unit.WordCounts[k])
                : (phrase(unit.Phrases[k - unit.Words.Length]), unit.PhraseCounts[k - unit.Words.Length]);
            var weight = (1.0 + Math.Log(count)) * idfTimesPrior[term];
            terms[k] = term;
            weights[k] = weight;
            norm += weight * weight;
        }

        norm = Math.Sqrt(norm);
        for (var k = 0; k < length && norm > 0; k++)
        {
            weights[k] /= norm;
        }

        if (sort)
        {
            Array.Sort(terms, weights);
        }

        return new SparseVector(terms, weights);
    }
}
