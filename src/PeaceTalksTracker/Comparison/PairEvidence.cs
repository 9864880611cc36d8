namespace PeaceTalksTracker.Comparison;

/// <summary>
/// Why two units were paired: the words they share, each as both passages spell it, weighted by what it adds to
/// their similarity; and how many distinct pieces of content evidence that is.
/// </summary>
internal static class PairEvidence
{
    public static List<SharedTerm> SharedTerms(AlignmentSpace space, int i, int j, out List<(TextSpan InA, TextSpan InB)> content)
    {
        var (a, b) = (space.A.Units[i], space.B.Units[j]);
        var (va, vb) = (space.VectorsA[i], space.VectorsB[j]);
        var shared = new List<SharedTerm>();
        content = [];
        for (var k = 0; k < a.Words.Length; k++)
        {
            var term = a.Words[k];
            var inB = space.WordOfB(term) is var wordB and >= 0 ? b.IndexOfWord(wordB) : -1;
            var stem = space.A.Terms[term];
            var prior = TermWeights.Prior(stem);
            if (inB < 0 || prior <= TermWeights.Topic)
            {
                continue;
            }

            var (spanA, spanB) = (a.FirstAt[k], b.FirstAt[inB]);
            var weight = Math.Round(va.WeightOf(term) * vb.WeightOf(term), 4);
            shared.Add(new SharedTerm(stem, spanA.Of(a.Text), spanB.Of(b.Text), weight));
            if (weight > 0 && prior >= TermWeights.Content)
            {
                content.Add((spanA, spanB));
            }
        }

        shared.Sort((x, y) => y.Weight != x.Weight ? y.Weight.CompareTo(x.Weight) : string.CompareOrdinal(x.Stem, y.Stem));
        return shared;
    }

    // Shared content words, a name of several words standing together in both passages counted once: "Soviet Union"
    // is one name, not two pieces of evidence.
    public static int DistinctContent(List<(TextSpan InA, TextSpan InB)> content, string textA, string textB) =>
        content.Count < 2 ? content.Count : Math.Max(Runs(content.ConvertAll(c => c.InA), textA), Runs(content.ConvertAll(c => c.InB), textB));

    private static int Runs(IEnumerable<TextSpan> unordered, string text)
    {
        var positions = unordered.OrderBy(p => p.Start).ToList();
        var runs = 1;
        for (var k = 1; k < positions.Count; k++)
        {
            var (previous, current) = (positions[k - 1], positions[k]);
            var gap = text.AsSpan(previous.End, Math.Max(0, current.Start - previous.End));
            var oneName = gap.Trim().Length == 0 && gap.Length <= 2 && char.IsUpper(text[previous.Start]) && char.IsUpper(text[current.Start]);
            runs += oneName ? 0 : 1;
        }

        return runs;
    }
}
