using BenchmarkDotNet.Running;

namespace PeaceTalksTracker.Benchmarks;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- --filter '*Tagging*'`.
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
