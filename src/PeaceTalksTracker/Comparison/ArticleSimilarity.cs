namespace PeaceTalksTracker.Comparison;

/// <summary>
/// How alike whole articles are: one TF-IDF vector of stemmed words per article (document frequencies over the
/// articles compared, the topic's vocabulary weighted down as in <see cref="PassageTerms"/>), cosine between each pair.
/// Each article is tokenized once, so a 30-article matrix costs 30 vectors and 435 sparse dot products.
/// </summary>
public static class ArticleSimilarity
{
    /// <summary>The symmetric similarity matrix of the articles (each given as its paragraphs' texts), 1 on the diagonal.</summary>
    public static double[,] Matrix(IReadOnlyList<IEnumerable<string>> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var priors = new List<double>();
        var counts = new List<Dictionary<int, int>>();
        foreach (var paragraphs in articles)
        {
            var bag = new Dictionary<int, int>();
            foreach (var text in paragraphs)
            {
                foreach (var token in PassageTerms.Tokenize(text))
                {
                    if (!vocabulary.TryGetValue(token.Stem, out var id))
                    {
                        id = vocabulary.Count;
                        vocabulary.Add(token.Stem, id);
                        priors.Add(token.Weight);
                    }

                    bag[id] = bag.GetValueOrDefault(id) + 1;
                }
            }

            counts.Add(bag);
        }

        var documentFrequency = new int[vocabulary.Count];
        foreach (var bag in counts)
        {
            foreach (var term in bag.Keys)
            {
                documentFrequency[term]++;
            }
        }

        var vectors = counts.Select(bag => Vectorize(bag, documentFrequency, priors, counts.Count)).ToList();
        var matrix = new double[articles.Count, articles.Count];
        for (var i = 0; i < vectors.Count; i++)
        {
            matrix[i, i] = 1;
            for (var j = i + 1; j < vectors.Count; j++)
            {
                var similarity = Math.Round(vectors[i].Dot(vectors[j]), 3);
                matrix[i, j] = similarity;
                matrix[j, i] = similarity;
            }
        }

        return matrix;
    }

    private static SparseVector Vectorize(Dictionary<int, int> bag, int[] documentFrequency, List<double> priors, int documents)
    {
        var terms = bag.Keys.ToArray();
        Array.Sort(terms);
        var weights = new double[terms.Length];
        var norm = 0.0;
        for (var t = 0; t < terms.Length; t++)
        {
            // Smoothed so a word every article uses still counts a little (with two articles, most words are shared).
            var idf = Math.Log(1.0 + ((double)documents / documentFrequency[terms[t]]));
            weights[t] = (1.0 + Math.Log(bag[terms[t]])) * idf * priors[terms[t]];
            norm += weights[t] * weights[t];
        }

        norm = Math.Sqrt(norm);
        for (var t = 0; t < weights.Length && norm > 0; t++)
        {
            weights[t] /= norm;
        }

        return new SparseVector(terms, weights);
    }
}
