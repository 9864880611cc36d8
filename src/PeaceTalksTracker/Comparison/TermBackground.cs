using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>
/// How many passages of a background collection (the store's paragraphs) use each word, so that words common in
/// the coverage at large ("position", "seek", "support") count for less than the two articles alone would suggest.
/// </summary>
public sealed class TermBackground
{
    private readonly FrozenDictionary<string, int> _documentFrequency;

    private TermBackground(FrozenDictionary<string, int> documentFrequency, int passages)
    {
        _documentFrequency = documentFrequency;
        Passages = passages;
    }

    public static TermBackground Empty { get; } = new(FrozenDictionary<string, int>.Empty, 0);

    /// <summary>How many passages the background was counted over.</summary>
    public int Passages { get; }

    public int DocumentFrequency(string stem) => _documentFrequency.GetValueOrDefault(stem);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TermBackground FromPassages(IEnumerable<string> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            total++;
            seen.Clear();
            foreach (var token in PassageTerms.Tokenize(passage))
            {
                if (seen.Add(token.Stem))
                {
                    counts[token.Stem] = counts.GetValueOrDefault(token.Stem) + 1;
                }
            }
        }

        return new TermBackground(counts.ToFrozenDictionary(StringComparer.Ordinal), total);
    }
}
