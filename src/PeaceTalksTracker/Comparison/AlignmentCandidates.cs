using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>A pair of units worth considering: A's unit, B's unit, its score, and whether a shared quotation made it.</summary>
internal readonly record struct Candidate(int A, int B, double Score, bool Quotation);

/// <summary>
/// The pairs of units that may make the same point: scored through an inverted index of B's vectors, so only pairs
/// that share a term are ever touched, plus the pairs that carry the same quotation.
/// </summary>
internal static class AlignmentCandidates
{
    // A quotation match scores at least this, so it wins over word overlap between other units.
    private const double QuotationFloor = 0.5;

    public static List<Candidate> Find(AlignmentSpace space, int minTerms, double threshold)
    {
        var candidates = WordCandidates(space, minTerms, threshold);
        AddQuotationCandidates(candidates, space.A.Units, space.B.Units);
        candidates.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : (x.A, x.B).CompareTo((y.A, y.B)));
        return candidates;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Candidate> WordCandidates(AlignmentSpace space, int minTerms, double threshold)
    {
        var (unitsA, unitsB) = (space.A.Units, space.B.Units);
        var (vectorsA, vectorsB) = (space.VectorsA, space.VectorsB);
        var terms = space.Terms;

        // Postings in one flat array, each term's run at offsets[term]..offsets[term + 1].
        var offsets = new int[terms + 1];
        for (var j = 0; j < vectorsB.Length; j++)
        {
            if (unitsB[j].TermCount >= minTerms)
            {
                foreach (var term in vectorsB[j].Terms)
                {
                    offsets[term + 1]++;
                }
            }
        }

        for (var t = 0; t < terms; t++)
        {
            offsets[t + 1] += offsets[t];
        }

        var postingUnits = new int[offsets[terms]];
        var postingWeights = new double[offsets[terms]];
        var fill = (int[])offsets.Clone();
        for (var j = 0; j < vectorsB.Length; j++)
        {
            if (unitsB[j].TermCount < minTerms)
            {
                continue;
            }

            var vector = vectorsB[j];
            for (var k = 0; k < vector.Terms.Length; k++)
            {
                var at = fill[vector.Terms[k]]++;
                postingUnits[at] = j;
                postingWeights[at] = vector.Weights[k];
            }
        }

        var candidates = new List<Candidate>();
        var scores = new double[vectorsB.Length];
        var touched = new List<int>();
        for (var i = 0; i < vectorsA.Length; i++)
        {
            if (unitsA[i].TermCount < minTerms)
            {
                continue;
            }

            var vector = vectorsA[i];
            for (var k = 0; k < vector.Terms.Length; k++)
            {
                var weight = vector.Weights[k];
                for (var at = offsets[vector.Terms[k]]; at < offsets[vector.Terms[k] + 1]; at++)
                {
                    var j = postingUnits[at];
                    if (scores[j] == 0)
                    {
                        touched.Add(j);
                    }

                    scores[j] += weight * postingWeights[at];
                }
            }

            foreach (var j in touched)
            {
                if (scores[j] >= threshold)
                {
                    candidates.Add(new Candidate(i, j, scores[j], false));
                }

                scores[j] = 0;
            }

            touched.Clear();
        }

        return candidates;
    }

    private static void AddQuotationCandidates(List<Candidate> candidates, List<PreparedUnit> unitsA, List<PreparedUnit> unitsB)
    {
        var quotedB = unitsB.Select((u, j) => (u, j)).Where(x => x.u.Quoted.Count >= Quotations.MinTerms).ToList();
        if (quotedB.Count == 0)
        {
            return;
        }

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
                    candidates.Add(new Candidate(i, j, QuotationFloor + (overlap * (1 - QuotationFloor)), true));
                }
            }
        }
    }
}
