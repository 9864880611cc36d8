using BenchmarkDotNet.Running;

namespace PeaceTalksTracker.Benchmarks;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- --filter '*Tagging*'`.
// Timed console modes: `-- search-timing [copies=5]` (see SearchTiming), `-- tagging` (TaggingRun), `-- retag [copies=5]` (RetagRun),
// `-- compare-timed` (ComparisonTimings), `-- compare-eval` (AlignmentEvaluation), `-- outlets-timing [copies=5] [url=...]` (OutletTiming), `-- html-eval [folder] [--worst N] [--misses]` (HtmlEvaluation),
// `-- evaluate [corpus] [gold] [-v]` (EvaluationRun: tagging against hand labels).
// `-- import-timing [files=3000]` (ImportTiming), `-- import-stages [files=21578]` (ImportStages: time per import stage), `-- cleaning-dev` (CleaningRun: the cleaning rules on ../shared/corpora/dev).
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["search-timing", ..]:
                return await SearchTiming.RunAsync(args);
            case ["outlets-timing", ..]:
                return await OutletTiming.RunAsync(args);
            case ["tagging"]:
                TaggingRun.Run();
                return 0;
            case ["retag", ..]:
                await RetagRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
                return 0;
            case ["cleaning-dev", ..]:
                return await CleaningRun.RunAsync(args);
            case ["import-timing", ..]:
                return await ImportTiming.RunAsync(args);
            case ["import-stages", ..]:
                return await ImportStages.RunAsync(args);
            case ["compare-eval", ..]:
                return AlignmentEvaluation.Run(args);
            case ["html-eval", ..]:
                return HtmlEvaluation.Run(args);
            case ["evaluate", ..]:
                return await EvaluationRun.RunAsync(args);
            case ["compare-timed"]:
                ComparisonTimings.Run();
                return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
