using System.Diagnostics;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// A quick timed run of <see cref="ComparisonBenchmarks"/> (median and 90th percentile of repeated calls) for when a
/// full BenchmarkDotNet run is too slow: <c>dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- compare-timed</c>.
/// </summary>
public static class ComparisonTimings
{
    public static void Run(int iterations = 60)
    {
        var benchmarks = new ComparisonBenchmarks();
        benchmarks.Setup();
        Time("tokenize both articles", iterations, () => benchmarks.TokenizeBoth());
        Time("align two 5,000-word articles", iterations, () => benchmarks.AlignTwo5000WordArticles());
        Time("compare two 5,000-word articles", iterations, () => benchmarks.CompareTwo5000WordArticles());
        Time("similarity matrix of 30 articles", iterations, () => benchmarks.SimilarityMatrixOf30Articles());
    }

    private static void Time(string name, int iterations, Action action)
    {
        for (var i = 0; i < 5; i++)
        {
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"{name,-36} median {times[times.Count / 2],7:0.00} ms   p90 {times[times.Count * 9 / 10],7:0.00} ms   min {times[0],7:0.00} ms");
    }
}
