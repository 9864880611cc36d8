namespace PeaceTalksTracker.Comparison;

/// <summary>A unit-length term vector as sorted term ids and their weights, so a dot product is one merge.</summary>
internal sealed class SparseVector(int[] terms, double[] weights)
{
    public int[] Terms { get; } = terms;

    public double[] Weights { get; } = weights;

    public double Dot(SparseVector other)
    {
        var sum = 0.0;
        int i = 0, j = 0;
        var a = Terms;
        var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += Weights[i] * other.Weights[j];
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    public double WeightOf(int term)
    {
        var at = Array.BinarySearch(Terms, term);
        return at >= 0 ? Weights[at] : 0;
    }
}
