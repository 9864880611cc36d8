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
        Console.WriteLine($"{"background of 10,000 paragraphs, cold",-40} {benchmarks.ColdBackgroundMs,7:0} ms (first count in the process)");
        Time("tokenize both articles", iterations, () => benchmarks.TokenizeBoth());
        Time("prepare both articles (units, terms)", iterations, () => benchmarks.PrepareBoth());
        var prepared = benchmarks.PrepareBoth();
        Time("align the prepared articles", iterations, () => benchmarks.AlignPrepared(prepared));
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
        using var process = Process.GetCurrentProcess();
        var cpuStarted = process.TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        process.Refresh();
        // On a shared machine wall time includes waiting for a core; the process's CPU time (GC threads included,
        // read in clock ticks, so averaged over the run) is what the work costs.
        var cpu = (process.TotalProcessorTime - cpuStarted).TotalMilliseconds / iterations;
        times.Sort();
        Console.WriteLine($"{name,-40} median {times[times.Count / 2],7:0.00} ms   p90 {times[times.Count * 9 / 10],7:0.00} ms   " +
            $"min {times[0],7:0.00} ms   CPU mean {cpu,6:0.0} ms");
    }
}
