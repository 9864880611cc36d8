using BenchmarkDotNet.Running;

namespace PeaceTalksTracker.Benchmarks;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- --filter '*Tagging*'`.
// Timed console modes: `-- search-timing [copies=5]` (see SearchTiming).
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "search-timing")
        {
            return await SearchTiming.RunAsync(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
