using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// Checks the cleaning rules on the dev corpus (../shared/corpora/dev): imports it through the app's importer into a
/// scratch store and prints, per article, its outlet, title, date (and where the date came from), quality flag, how
/// many junk texts were kept aside, and whether it was a duplicate. Skips with one line when the folder is absent.
/// <c>dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- cleaning-dev [path=…] [show=junk]</c>
/// </summary>
public static class CleaningRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = BenchSettings.Parse(args);
        var folder = settings.GetValueOrDefault("path") ?? FindDev();
        if (folder is null || !Directory.Exists(folder))
        {
            Console.WriteLine("cleaning-dev: skipped, no shared/corpora/dev folder above the benchmark (a clone without ../shared)");
            return 0;
        }

        var scratch = Path.Combine(Path.GetTempPath(), "ptt-cleaning-dev", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            await using var app = ImportTiming.BuildApp(Path.Combine(scratch, "store.db"));
            var report = await app.Services.GetRequiredService<ArticleImporter>().ImportAsync([folder]);
            foreach (var result in report.Results.Where(r => r.Outcome is ImportOutcome.Rejected or ImportOutcome.SameText))
            {
                Console.WriteLine(result);
            }

            await using var db = await app.Services.GetRequiredService<IDbContextFactory<PeaceTalksDbContext>>().CreateDbContextAsync();
            var rows = await db.Articles.OrderBy(a => a.SourceFile).Select(a => new
            {
                a.Id, a.SourceFile, a.Outlet, a.Title, a.TitleIsDerived, a.PublishedOn, a.DateSource, a.DateNote, a.QualityReason, a.DuplicateOfId,
                Junk = a.RemovedTexts.Count, a.Subtitle, a.WordCount,
                Sources = db.ArticleSources.Where(s => s.ArticleId == a.Id).Select(s => s.SourceFile).ToList(),
            }).ToListAsync();
            foreach (var a in rows)
            {
                Console.WriteLine($"{a.SourceFile}");
                Console.WriteLine($"  outlet   {a.Outlet ?? "(none)"}");
                Console.WriteLine($"  title    {a.Title}{(a.TitleIsDerived ? "  [derived]" : "")}");
                Console.WriteLine($"  date     {a.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}{(a.DateSource is null ? "" : $" (from {a.DateSource})")}{(a.DateNote is null ? "" : $"; note: {a.DateNote}")}");
                Console.WriteLine($"  flag     {a.QualityReason ?? "-"}");
                Console.WriteLine($"  junk     {a.Junk} texts kept aside; {a.WordCount} words left");
                Console.WriteLine($"  dupes    {(a.DuplicateOfId is { } d ? $"near-duplicate of #{d}" : "-")}{(a.Sources.Count > 0 ? $"; also from {string.Join(", ", a.Sources)}" : "")}");
                Console.WriteLine($"  standfirst {a.Subtitle ?? "-"}");
                if (settings.ContainsKey("show"))
                {
                    foreach (var removed in await db.RemovedTexts.Where(r => r.ArticleId == a.Id).OrderBy(r => r.Position).ToListAsync())
                    {
                        Console.WriteLine($"    - {removed.Kind}: {(removed.Text.Length > 100 ? removed.Text[..100] + "…" : removed.Text)}");
                    }
                }
            }

            Console.WriteLine(report.Summary);
            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static string? FindDev()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora", "dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
