using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Extraction;
using PeaceTalksTracker.Intake.Sources;
using PeaceTalksTracker.Intake.Sources.Files;
using PeaceTalksTracker.Intake.Storage;

namespace PeaceTalksTracker.Articles;

/// <summary>
/// Imports articles into the store: files are read, parsed and tagged on every core but one while one writer stores
/// them in batches, one transaction per batch and a savepoint per file, so a bad file is reported and skipped while the
/// others land, and a crash never leaves an article half-written (the batch it was in is simply not there).
/// </summary>
/// <remarks>
/// Runs the intake stages for each file (docs/pipeline.md): source (read the file) → extraction (its format into a
/// <see cref="ParsedArticle"/>) → cleaning → analysis, in <see cref="Prepare(SourceDocument, string, KnownArticles, ImportSourceKind, string?)"/>,
/// which any source can call on any thread; then storage, in file order, so slugs do not depend on thread timing.
/// A store-level failure (locked, read-only, full, damaged) is not a file's fault: it is thrown, and the import stops.
/// </remarks>
public sealed partial class ArticleImporter(
    ArticleFileReader reader,
    ArticleExtraction extraction,
    ArticleCleaner cleaner,
    ArticleAnalyzer analyzer,
    ArticleStore store,
    IOptions<ImportOptions> options,
    IOptions<CleaningOptions> cleaningOptions,
    TimeProvider clock,
    ILogger<ArticleImporter> logger)
{
    /// <summary>The size of an import's first batch; each next one is twice the last, up to <see cref="ImportOptions.BatchFiles"/>.</summary>
    public const int FirstBatchFiles = 256;

    public const string ImportedMeanwhileNote = "already stored by another import running at the same time";

    /// <summary>One document after the per-document stages: an analysed article to store, or its outcome already.</summary>
    public sealed record PreparedDocument(string Path, Article? Article, ImportResult? Result, string? EncodingNote, TextFingerprint? Fingerprint = null)
    {
        /// <summary>Which source the document came from; every result for it says so (the summary counts each kind).</summary>
        public ImportSourceKind Source { get; init; } = ImportSourceKind.File;
    }

    public Task<ImportReport> ImportAsync(IEnumerable<string> paths, IProgress<ImportResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ArticlePaths.Expand(paths, out var missing);
        return ImportAsync(files, missing, progress, cancellationToken);
    }

    /// <summary>Imports files already expanded by <see cref="ArticlePaths.Expand"/>, reporting the paths it found missing first.</summary>
    public async Task<ImportReport> ImportAsync(
        IReadOnlyList<string> files, IReadOnlyList<ImportResult> missing, IProgress<ImportResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        foreach (var result in missing)
        {
            report.Add(result);
            LogRejected(result.DisplayPath, result.Reason);
            progress?.Report(result);
        }

        var known = files.Count > 0 ? await store.LoadKnownAsync(cancellationToken) : KnownArticles.None;
        // This run's picture of the stored duplicate keys, read once and kept up to date by each batch.
        var keys = cleaningOptions.Value.DetectDuplicates ? new DuplicateKeys() : null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Two batches in flight: the writer stores one while the cores prepare the next.
        var batches = Channel.CreateBounded<PreparedDocument[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => PrepareBatchesAsync(files, known, batches.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                // Reported only once committed: the progress bar never counts a file a crash would lose.
                foreach (var result in await StoreBatchAsync(batch, known, keys, cancellationToken))
                {
                    report.Add(result);
                    progress?.Report(result);
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        await producer; // a failure while preparing (not a file's own, which becomes a rejection) surfaces here
        LogSummary(report.Imported, report.Updated, report.Unchanged, report.Rejected);
        return report;
    }

    /// <summary>Imports one file on its own (its own batch).</summary>
    public async Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var report = await ImportAsync([path], [], null, cancellationToken);
        return report.Results.Single();
    }

    /// <summary>
    /// Imports one document another source produced (a fetched page, a feed item) through the same stages and the same
    /// batch writer as a file: <see cref="Prepare(SourceDocument, string, KnownArticles, ImportSourceKind, string?)"/>,
    /// then a batch of one. A page is known by its address, or by the canonical address it declares on its own site
    /// (<see cref="ArticleBatch.Find"/>), so importing a link again updates its article in place.
    /// </summary>
    /// <remarks>
    /// <paramref name="path"/> is what the result and the log name (the URL, or a feed item's name);
    /// <paramref name="outlet"/> an outlet the user configured for the source (a feed's), which wins over what the page says.
    /// </remarks>
    public async Task<ImportResult> ImportDocumentAsync(
        string path, SourceDocument document, ImportSourceKind kind, string? outlet = null, CancellationToken cancellationToken = default)
    {
        var known = await store.LoadKnownAsync([document.Location], cancellationToken);
        // A batch of one in its savepoint: the retry of a failed batch re-reads files, and there is no file here. The
        // duplicate lookups query the store directly (no run's keys to read in for a single page).
        var results = await StoreBatchAsync([Prepare(document, path, known, kind, outlet)], keys: null, fileSavepoints: true, cancellationToken);
        return results.Single();
    }

    /// <summary>Reads a file and runs the per-document stages on it; safe to call on many threads at once.</summary>
    public PreparedDocument Prepare(string path, KnownArticles known)
    {
        var fullPath = Path.GetFullPath(path);
        var read = reader.Read(fullPath);
        if (read.IsRejected)
        {
            LogRejected(PrintableText.Escape(path), read.Rejection);
            return new PreparedDocument(path, null, new ImportResult(path, ImportOutcome.Rejected, Reason: read.Rejection), null);
        }

        return Prepare(ArticleFileReader.ToDocument(fullPath, read), path, known);
    }

    /// <summary>
    /// Extraction, cleaning and analysis of one document from any source: the analysed article, or the document's
    /// outcome when it needs no writing (unchanged since <paramref name="known"/>) or cannot be parsed.
    /// </summary>
    /// <remarks><paramref name="outlet"/>: an outlet the user configured for the source (a feed's); it wins over what cleaning decided.</remarks>
    public PreparedDocument Prepare(SourceDocument document, string path, KnownArticles known, ImportSourceKind kind = ImportSourceKind.File, string? outlet = null)
    {
        var hash = ArticleStore.Hash(document.Text);
        if (known.IsUnchanged(document.Location, hash, analyzer.CodebookHash, outlet, out var slug))
        {
            return new PreparedDocument(path, null, new ImportResult(path, ImportOutcome.Unchanged, slug) { Source = kind }, document.EncodingNote) { Source = kind };
        }

        try
        {
            var parsed = cleaner.Clean(extraction.Extract(document));
            var article = store.Build(parsed, document, hash);
            article.Outlet = outlet ?? article.Outlet;
            analyzer.Analyze(article);

            // Computed here, on the preparing cores, so the one writer only looks the keys up.
            var fingerprint = cleaningOptions.Value.DetectDuplicates ? TextFingerprint.Of(parsed.Paragraphs.Select(p => p.Text)) : null;

            // What extraction noted (ignored front matter keys, a charset guessed...) goes on the import line.
            string?[] parts = [document.EncodingNote, .. parsed.Notes];
            var note = parts.Any(p => p is not null) ? string.Join("; ", parts.OfType<string>()) : null;
            return new PreparedDocument(path, article, null, note, fingerprint) { Source = kind };
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or DbUpdateException or Microsoft.Data.Sqlite.SqliteException))
        {
            // A parser bug on one odd file must not stop the rest of the folder.
            var reason = $"could not be parsed: {ex.Message}";
            LogRejected(PrintableText.Escape(path), reason);
            return new PreparedDocument(path, null, new ImportResult(path, ImportOutcome.Rejected, Reason: reason) { Source = kind }, document.EncodingNote) { Source = kind };
        }
    }

    private async Task PrepareBatchesAsync(IReadOnlyList<string> files, KnownArticles known, ChannelWriter<PreparedDocument[]> batches, CancellationToken cancellationToken)
    {
        try
        {
            // One core is the writer's: storing is the import's longest stage, and preparing on every core made it share
            // its core (on two cores: 13.5-14.1 s for the Reuters corpus with one preparing thread, 14.5-15.2 s with two).
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
            // The first batches are small and each is twice the last, up to the full size: the writer starts (and the
            // progress bar moves) after a few hundred files rather than after the first two thousand.
            var most = Math.Min(FirstBatchFiles, Math.Max(1, options.Value.BatchFiles));
            for (var start = 0; start < files.Count; most = Math.Min(2 * most, Math.Max(1, options.Value.BatchFiles)))
            {
                var prepared = new PreparedDocument[BatchLength(files, start, most)];
                var first = start;
                Parallel.For(0, prepared.Length, parallel, i => prepared[i] = Prepare(files[first + i], known));
                await batches.WriteAsync(prepared, cancellationToken);
                start += prepared.Length;
            }

            batches.Complete();
        }
        catch (Exception ex)
        {
            batches.Complete(ex is OperationCanceledException ? null : ex);
            if (ex is not OperationCanceledException)
            {
                throw;
            }
        }
    }

    /// <summary>
    /// How many files from <paramref name="start"/> make the next batch: up to <paramref name="most"/>, fewer when their
    /// bytes reach <see cref="ImportOptions.BatchBytes"/> (a folder of saved pages is much larger per file than one of
    /// wire stories, and two batches are held in memory at once). Always at least one.
    /// </summary>
    private int BatchLength(IReadOnlyList<string> files, int start, int most)
    {
        most = Math.Min(most, files.Count - start);
        long bytes = 0;
        for (var n = 1; n <= most; n++)
        {
            bytes += FileBytes(files[start + n - 1]);
            if (bytes >= options.Value.BatchBytes)
            {
                return n;
            }
        }

        return most;
    }

    private static long FileBytes(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0; // the reader reports the file; it costs this batch nothing
        }
    }

    /// <summary>
    /// Stores a batch in one transaction, first without a savepoint per file (see <see cref="ArticleBatch"/>). If a file
    /// cannot be stored, that transaction is rolled back whole, the batch's files are prepared afresh (the first try
    /// gave their entities ids and slugs) and stored again with a savepoint each, so only that file is rejected.
    /// </summary>
    private async Task<List<ImportResult>> StoreBatchAsync(PreparedDocument[] batch, KnownArticles known, DuplicateKeys? keys, CancellationToken cancellationToken)
    {
        try
        {
            return await StoreBatchAsync(batch, keys, fileSavepoints: false, cancellationToken);
        }
        catch (Exception ex) when (IsFileFailure(ex))
        {
            var again = new PreparedDocument[batch.Length];
            Parallel.For(0, batch.Length, i => again[i] = batch[i].Article is null ? batch[i] : Prepare(batch[i].Path, known));
            return await StoreBatchAsync(again, keys, fileSavepoints: true, cancellationToken);
        }
    }

    private async Task<List<ImportResult>> StoreBatchAsync(PreparedDocument[] batch, DuplicateKeys? keys, bool fileSavepoints, CancellationToken cancellationToken)
    {
        var results = new ImportResult?[batch.Length];
        var toStore = new List<int>();
        for (var i = 0; i < batch.Length; i++)
        {
            if (batch[i].Article is null)
            {
                results[i] = batch[i].Result;
            }
            else
            {
                toStore.Add(i);
            }
        }

        if (toStore.Count > 0)
        {
            await using var writer = await store.BeginBatchAsync([.. toStore.Select(i => batch[i].Article!)], keys, fileSavepoints, cancellationToken);
            foreach (var i in toStore)
            {
                results[i] = await StoreOneAsync(writer, batch[i], cancellationToken);
            }

            await writer.CommitAsync(cancellationToken);
        }

        foreach (var result in results)
        {
            if (result!.Outcome is ImportOutcome.Imported or ImportOutcome.Updated)
            {
                LogStored(result.DisplayPath, result.Outcome, result.Slug!);
            }
        }

        return [.. results.Select(r => r!)];
    }

    private async Task<ImportResult> StoreOneAsync(ArticleBatch writer, PreparedDocument prepared, CancellationToken cancellationToken)
    {
        var path = prepared.Path;
        var article = prepared.Article!;
        var (existing, movedFrom, unchanged) = writer.Find(article);
        if (unchanged)
        {
            // Not stored when this import began, stored now: another import of the same files got there first.
            return new ImportResult(path, ImportOutcome.Unchanged, existing!.Slug, Note: ImportedMeanwhileNote) { Source = prepared.Source };
        }

        try
        {
            var note = movedFrom is null ? prepared.EncodingNote : $"moved from {movedFrom}{(prepared.EncodingNote is null ? "" : "; " + prepared.EncodingNote)}";
            if (prepared.Fingerprint is { } fingerprint)
            {
                if (existing is null && await writer.Duplicates.FindSameTextAsync(fingerprint, null, cancellationToken) is { } same)
                {
                    if (await writer.Duplicates.FindSourceAsync(article.SourcePath, cancellationToken) == same.Id)
                    {
                        // Looked up only for a same-text file, so a new file costs no extra query: this path is already one of its sources.
                        return new ImportResult(path, ImportOutcome.Unchanged, same.Slug, Note: "another source of this article") { Source = prepared.Source };
                    }

                    await writer.Duplicates.AddSourceAsync(same, article, clock.GetUtcNow(), cancellationToken);
                    return new ImportResult(path, ImportOutcome.SameText, same.Slug, Note: $"same text as {same.SourceFile}") { Source = prepared.Source };
                }

                article.DuplicateOfId = await writer.Duplicates.FindOriginalAsync(fingerprint, existing?.Id, cancellationToken);
                if (article.DuplicateOfId is { } originalId)
                {
                    var nearNote = $"near-duplicate of /articles/{await writer.SlugOfAsync(originalId, cancellationToken)}";
                    note = note is null ? nearNote : $"{note}; {nearNote}";
                }
            }

            var (outcome, stored) = await writer.SaveAsync(existing, article, prepared.Fingerprint, cancellationToken);
            return new ImportResult(path, outcome, stored.Slug, Note: note, Flag: stored.QualityReason) { Source = prepared.Source };
        }
        catch (Exception ex) when (writer.FileSavepoints && IsFileFailure(ex))
        {
            // Rolled back to the file's savepoint: the store holds the article as it was before this file, or not at all.
            var reason = $"could not be stored: {(ex.InnerException ?? ex).Message}";
            LogRejected(PrintableText.Escape(path), reason);
            return new ImportResult(path, ImportOutcome.Rejected, Reason: reason) { Source = prepared.Source };
        }
    }

    /// <summary>A failure of one file's rows (a constraint, a trigger's refusal), not of the store itself.</summary>
    private static bool IsFileFailure(Exception ex) =>
        ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException && !StoreFailure.IsStoreLevel(ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {ImportPath}: {Reason}")]
    private partial void LogRejected(string importPath, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Outcome} {ImportPath} as {Slug}")]
    private partial void LogStored(string importPath, ImportOutcome outcome, string slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import finished: {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected")]
    private partial void LogSummary(int imported, int updated, int unchanged, int rejected);
}
