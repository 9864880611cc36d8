using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Extraction;
using PeaceTalksTracker.Intake.Sources.Files;
using PeaceTalksTracker.Intake.Storage;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// Where an import's time goes, stage by stage, on the Reuters corpus (../shared; skipped when absent): every file
/// through read → extraction → each cleaning rule → build → analysis → fingerprint on one thread, timed per stage, and
/// then the prepared articles through the batch writer alone into an empty store. A warm-up pass over the first files
/// runs first, so the figures are steady-state code, not the JIT. Run by hand to decide what to make faster:
/// <c>dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- import-stages [files=21578] [batch=2048]</c> (batch: files per transaction, the importer's full batch size by default)
/// </summary>
public static class ImportStages
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (!File.Exists(ReutersCorpus.ArchivePath))
        {
            Console.WriteLine("skipped: the Reuters corpus is not in ../shared/corpora");
            return 0;
        }

        var settings = BenchSettings.Parse(args);
        var count = settings.Int("files", 21578);
        var scratch = Path.Combine(Path.GetTempPath(), "ptt-import-stages", Guid.NewGuid().ToString("N"));
        try
        {
            var files = await ReutersCorpus.WriteStoriesAsync(Path.Combine(scratch, "reuters"), count);

            await using var app = ImportTiming.BuildApp(Path.Combine(scratch, "store.db"));
            var stages = new StageClock(app.Services);
            foreach (var path in files.Take(1000))
            {
                stages.Prepare(path, timed: false);
            }

            var prepared = files.Select(path => stages.Prepare(path, timed: true)).OfType<(Article, TextFingerprint)>().ToList();
            Console.WriteLine($"writing {prepared.Count} articles (process {Environment.ProcessId})");
            var writer = await WriteAsync(app.Services, prepared, settings.Int("batch", new ImportOptions().BatchFiles));
            Console.WriteLine($"{files.Count} Reuters files on one thread, {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg")[..14]}");
            // Allocated bytes beside the times: unlike a wall time on a shared VM they are the same from run to run, and
            // on two cores the GC and the kernel's zeroing of fresh memory cost about a third of the import's CPU.
            Console.WriteLine("| stage | s | ms/file | share | MB allocated | KB/file |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
            var total = stages.Total + writer.Elapsed.TotalSeconds;
            var totalBytes = stages.Bytes + writer.Bytes;
            foreach (var (stage, seconds, bytes) in stages.Seconds.Append(("storage (batch writer)", writer.Elapsed.TotalSeconds, writer.Bytes)))
            {
                Console.WriteLine($"| {stage} | {seconds:F2} | {1000 * seconds / files.Count:F3} | {100 * seconds / total:F1}% | {bytes / 1e6:F0} | {bytes / 1e3 / files.Count:F1} |");
            }

            Console.WriteLine($"| all | {total:F2} | {1000 * total / files.Count:F3} | | {totalBytes / 1e6:F0} | {totalBytes / 1e3 / files.Count:F1} |");
            return 0;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<(TimeSpan Elapsed, long Bytes)> WriteAsync(IServiceProvider services, List<(Article Article, TextFingerprint Fingerprint)> prepared, int batchSize)
    {
        var store = services.GetRequiredService<ArticleStore>();
        var keys = new DuplicateKeys();
        var clock = Stopwatch.StartNew();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        // The process's CPU time too: while the writer runs nothing else of this process works but the JIT and the GC,
        // and CPU time is the steadier figure when other programs share the cores.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        // Each part of the writer's work: its time and the bytes this thread allocated in it.
        var parts = new Dictionary<string, (TimeSpan Time, long Bytes)>();
        void Count(string part, long startTicks, long startBytes)
        {
            var (time, allocated) = parts.GetValueOrDefault(part);
            parts[part] = (time + Stopwatch.GetElapsedTime(startTicks), allocated + GC.GetAllocatedBytesForCurrentThread() - startBytes);
        }

        foreach (var batch in prepared.Chunk(batchSize))
        {
            var (start, startBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            await using var writer = await store.BeginBatchAsync([.. batch.Select(p => p.Article)], keys, fileSavepoints: false);
            Count("begin", start, startBytes);
            foreach (var (article, fingerprint) in batch)
            {
                (start, startBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                var same = await writer.Duplicates.FindSameTextAsync(fingerprint, null, CancellationToken.None);
                if (same is null)
                {
                    article.DuplicateOfId = await writer.Duplicates.FindOriginalAsync(fingerprint, null, CancellationToken.None);
                }

                Count("duplicate lookups", start, startBytes);
                if (same is null)
                {
                    (start, startBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                    await writer.SaveAsync(null, article, fingerprint, CancellationToken.None);
                    Count("save", start, startBytes);
                }
            }

            (start, startBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            await writer.CommitAsync(CancellationToken.None);
            Count("commit", start, startBytes);
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        Console.WriteLine($"writer: {string.Join(", ", parts.Select(p => $"{p.Key} {p.Value.Time.TotalSeconds:F2} s ({p.Value.Bytes / 1e6:F0} MB)"))}; process CPU {cpu.TotalSeconds:F2} s");
        return (clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - bytes);
    }

    /// <summary>The importer's per-file stages, called one by one with a clock around each.</summary>
    private sealed class StageClock(IServiceProvider services)
    {
        private readonly ArticleFileReader _reader = services.GetRequiredService<ArticleFileReader>();
        private readonly ArticleExtraction _extraction = services.GetRequiredService<ArticleExtraction>();
        private readonly IReadOnlyList<IArticleCleaningRule> _rules = ArticleCleaner.DefaultRules(services.GetRequiredService<CleaningRules>());
        private readonly ArticleStore _store = services.GetRequiredService<ArticleStore>();
        private readonly ArticleAnalyzer _analyzer = services.GetRequiredService<ArticleAnalyzer>();
        private readonly Dictionary<string, (TimeSpan Time, long Bytes)> _stages = [];
        private readonly List<string> _order = [];

        public IEnumerable<(string Stage, double Seconds, long Bytes)> Seconds => _order.Select(s => (s, _stages[s].Time.TotalSeconds, _stages[s].Bytes));

        public double Total => _stages.Values.Sum(t => t.Time.TotalSeconds);

        public long Bytes => _stages.Values.Sum(t => t.Bytes);

        public (Article, TextFingerprint)? Prepare(string path, bool timed)
        {
            var read = Time("read", timed, () => _reader.Read(path));
            if (read.IsRejected)
            {
                return null;
            }

            var document = ArticleFileReader.ToDocument(path, read);
            var hash = Time("hash", timed, () => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document.Text))));
            var parsed = Time("extraction", timed, () => _extraction.Extract(document));
            foreach (var rule in _rules)
            {
                parsed = Time("cleaning: " + rule.GetType().Name, timed, () => rule.Apply(parsed));
            }

            var article = Time("build", timed, () => _store.Build(parsed, document, hash));
            Time("analysis", timed, () => { _analyzer.Analyze(article); return 0; });
            var fingerprint = Time("fingerprint", timed, () => TextFingerprint.Of(parsed.Paragraphs.Select(p => p.Text)));
            return (article, fingerprint);
        }

        private T Time<T>(string stage, bool timed, Func<T> work)
        {
            if (!timed)
            {
                return work();
            }

            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var result = work();
            var elapsed = Stopwatch.GetElapsedTime(start);
            bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
            if (_stages.TryGetValue(stage, out var sum))
            {
                _stages[stage] = (sum.Time + elapsed, sum.Bytes + bytes);
            }
            else
            {
                _stages[stage] = (elapsed, bytes);
                _order.Add(stage);
            }

            return result;
        }
    }
}
