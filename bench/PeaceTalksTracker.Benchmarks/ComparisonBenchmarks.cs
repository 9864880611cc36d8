using BenchmarkDotNet.Attributes;
using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// Comparing two 5,000-word articles (Reuters stories concatenated, a fifth of B's paragraphs taken from A so there
/// is something to align) and the 30-article similarity matrix. Target: a comparison under 20 ms.
/// Run: <c>dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- --filter '*Comparison*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private const int ArticleWords = 5_000;

    private List<string> _a = [];
    private List<string> _b = [];
    private ComparedArticle _articleA = null!;
    private ComparedArticle _articleB = null!;
    private TermBackground _background = TermBackground.Empty;
    private List<List<string>> _thirtyArticles = [];
    private readonly PassageAligner _aligner = new();
    private ArticleComparer _comparer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paragraphs = ReutersCorpus.ReadStories().Take(6_000).SelectMany(story => Paragraphs(story.Text)).ToList();
        var at = 0;
        _a = TakeWords(paragraphs, ref at, ArticleWords);
        var fromB = TakeWords(paragraphs, ref at, ArticleWords);
        // Every fifth paragraph of B is one of A's, so the aligner has real pairs to find among the noise.
        _b = fromB.Select((p, i) => i % 5 == 0 && i / 5 < _a.Count ? _a[i / 5 * 3 % _a.Count] : p).ToList();
        // The first counting in the process, as the app's first comparison after start pays it (vocabulary, stems).
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        _background = TermBackground.FromPassages(paragraphs.Take(ComparisonBackground.SampleSize));
        ColdBackgroundMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _thirtyArticles = Enumerable.Range(0, 30).Select(_ => TakeWords(paragraphs, ref at, 1_000)).ToList();
        _articleA = Article(1, _a);
        _articleB = Article(2, _b);
        _comparer = new ArticleComparer(_aligner);
        Console.WriteLine($"// A: {_a.Count} paragraphs, {_a.Sum(Words)} words; B: {_b.Count} paragraphs, {_b.Sum(Words)} words; " +
            $"{_aligner.Align(_a, _b, _background).Pairs.Count} pairs");
    }

    /// <summary>How long the first background count of the process took (cold caches, JIT included).</summary>
    public double ColdBackgroundMs { get; private set; }

    public (PreparedPassages A, PreparedPassages B) PrepareBoth() => (_aligner.Prepare(_a), _aligner.Prepare(_b));

    public PassageAlignment AlignPrepared((PreparedPassages A, PreparedPassages B) prepared) => _aligner.Align(prepared.A, prepared.B, _background);

    public int TokenizeBoth() => _a.Concat(_b).Sum(p => PassageTerms.Tokenize(p).Count);

    [Benchmark]
    public PassageAlignment AlignTwo5000WordArticles() => _aligner.Align(_a, _b, _background);

    [Benchmark]
    public ArticleComparisonResult CompareTwo5000WordArticles() =>
        _comparer.Compare([_articleA, _articleB], ComparisonFocus.None, _background, [], []);

    [Benchmark]
    public double[,] SimilarityMatrixOf30Articles() => ArticleSimilarity.Matrix(_thirtyArticles);

    private static ComparedArticle Article(int id, List<string> paragraphs) => new()
    {
        Id = id,
        Slug = $"article-{id}",
        Title = $"Article {id}",
        WordCount = paragraphs.Sum(Words),
        Paragraphs = paragraphs.Select((text, i) => new ComparedParagraph(i, null, text, new HashSet<string>(), new HashSet<string>())).ToList(),
    };

    // A Reuters body starts each paragraph with an indented line.
    private static IEnumerable<string> Paragraphs(string story) =>
        story.Split("\n    ", StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => Words(p) >= 8);

    private static List<string> TakeWords(List<string> paragraphs, ref int at, int words)
    {
        var taken = new List<string>();
        var count = 0;
        while (count < words && at < paragraphs.Count)
        {
            taken.Add(paragraphs[at]);
            count += Words(paragraphs[at]);
            at++;
        }

        return taken;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
