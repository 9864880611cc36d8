using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Sources;
using PeaceTalksTracker.Intake.Sources.Files;
using PeaceTalksTracker.Intake.Sources.Links;
using Spectre.Console;

namespace PeaceTalksTracker.Hosting;

/// <summary><c>import PATH...</c>: a live progress bar on a terminal, plain lines when redirected, then a summary.</summary>
public static class ImportCommand
{
    /// <summary>
    /// The command reports every file itself, so the importer's own log lines would say each outcome twice and, on a
    /// terminal, break the live progress bar; its errors are still logged. Other logs go to stderr, so redirected
    /// output holds only the command's lines.
    /// </summary>
    public static void ConfigureLogging(IConfigurationBuilder configuration) =>
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Override:" + typeof(ArticleImporter).FullName] = "Error",
            ["Serilog:MinimumLevel:Override:" + typeof(LinkImporter).FullName] = "Error",
            [LogOptions.SectionName + ":" + nameof(LogOptions.StandardErrorFromLevel)] = "Verbose",
        });

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> paths, IReadOnlyList<string>? urlLists = null)
    {
        if (paths.Count == 0 && urlLists is not { Count: > 0 })
        {
            await Console.Error.WriteLineAsync("usage: import PATH|URL... [--urls LIST] (files or folders, read recursively; http(s) links; a file of links, one a line)");
            return 2;
        }

        var importer = services.GetRequiredService<ArticleImporter>();
        var links = services.GetRequiredService<LinkImporter>();
        var urls = paths.Where(SourceAddresses.IsWebAddress).ToList();
        var listRejections = new List<ImportResult>();
        foreach (var list in urlLists ?? [])
        {
            urls.AddRange(links.ReadList(list, listRejections));
        }

        // Folders are walked once: the same list sizes the progress bar and feeds the import.
        var files = ArticlePaths.Expand(paths.Where(p => !SourceAddresses.IsWebAddress(p)), out var missing);
        missing = [.. missing, .. listRejections];
        ImportReport report;
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            report = await ImportAllAsync(importer, links, files, missing, urls, new SynchronousProgress(r => Console.WriteLine(r.ToString())));
        }
        else
        {
            report = null!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Importing", maxValue: Math.Max(1, files.Count + missing.Count + urls.Count));
                    report = await ImportAllAsync(importer, links, files, missing, urls, new SynchronousProgress(r =>
                    {
                        task.Increment(1);
                        task.Description = Markup.Escape(PrintableText.Escape(Path.GetFileName(r.Path)));
                    }));
                    task.Description = "Imported";
                });
        }

        Console.WriteLine();
        Console.WriteLine(report.Summary);
        var meanwhile = report.Results.Count(r => r.Note == ArticleImporter.ImportedMeanwhileNote);
        if (meanwhile > 0)
        {
            Console.WriteLine($"  {meanwhile} of the unchanged were stored meanwhile by another import running at the same time.");
        }

        foreach (var rejected in report.Results.Where(r => r.Outcome == ImportOutcome.Rejected))
        {
            Console.WriteLine($"  rejected {rejected.DisplayPath}: {PrintableText.Escape(rejected.Reason ?? "")}");
        }

        return report.Rejected > 0 ? 2 : 0;
    }

    private static async Task<ImportReport> ImportAllAsync(
        ArticleImporter importer, LinkImporter links, IReadOnlyList<string> files, IReadOnlyList<ImportResult> missing, IReadOnlyList<string> urls, IProgress<ImportResult> progress)
    {
        var report = await importer.ImportAsync(files, missing, progress);
        foreach (var url in urls)
        {
            var result = await links.ImportAsync(url);
            report.Add(result);
            progress.Report(result);
        }

        return report;
    }

    // Progress<T> posts to the thread pool, which would reorder lines; this reports in order, on the caller's thread.
    private sealed class SynchronousProgress(Action<ImportResult> report) : IProgress<ImportResult>
    {
        public void Report(ImportResult value) => report(value);
    }
}
