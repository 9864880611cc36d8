using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Hosting;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// Timed console mode for the importer: writes the first N Reuters stories to a scratch folder, then imports them
/// through the app's own <see cref="ArticleImporter"/> (every stage, one transaction per file) into a fresh scratch store
/// and prints files/s, wall and process CPU time. CPU time is the steadier figure on the shared machine.
/// <c>dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- import-timing [files=3000]</c>
/// </summary>
public static class ImportTiming
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = BenchSettings.Parse(args);
        var count = settings.Int("files", 3000);
        var scratch = Path.Combine(Path.GetTempPath(), "ptt-import-bench", Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(scratch, "reuters");
        try
        {
            await ReutersCorpus.WriteStoriesAsync(folder, count);

            await using var app = BuildApp(Path.Combine(scratch, "store.db"));
            var importer = app.Services.GetRequiredService<ArticleImporter>();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var report = await importer.ImportAsync([folder]);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Console.WriteLine(
                $"Imported {report.Imported} of {count} Reuters stories ({report.Rejected} rejected) in {clock.Elapsed.TotalSeconds:F1} s = "
                + $"{report.Imported / clock.Elapsed.TotalSeconds:F1} files/s; process CPU {cpu.TotalSeconds:F1} s "
                + $"({cpu.TotalMilliseconds / Math.Max(1, report.Imported):F2} ms/file); {Environment.ProcessorCount} cores");
            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The app's own services over a scratch store, with the codebook settled as at start; nothing imported on start.</summary>
    internal static WebApplication BuildApp(string storePath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:" + PeaceTalksTrackerExtensions.ConnectionStringName] = $"Data Source={storePath}",
            ["Import:ImportSeedsOnStart"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.AddPeaceTalksTracker();
        var app = builder.Build();
        app.Services.GetRequiredService<StoreInitializer>().Initialize();
        CodebookStartup.PrepareAsync(app.Services).GetAwaiter().GetResult();
        return app;
    }
}
