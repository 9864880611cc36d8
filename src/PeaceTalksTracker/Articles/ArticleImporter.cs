using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Extraction;
using PeaceTalksTracker.Intake.Sources.Files;
using PeaceTalksTracker.Intake.Storage;

namespace PeaceTalksTracker.Articles;

/// <summary>
/// Imports article files into the store, one transaction per file, so a bad file is reported and skipped
/// while the others land, and a crash never leaves an article half-written.
/// </summary>
/// <remarks>
/// Runs the intake stages in order for each file (docs/pipeline.md): source (read the file) → extraction (its format
/// into a <see cref="ParsedArticle"/>) → cleaning → analysis → storage.
/// </remarks>
public sealed partial class ArticleImporter(
    ArticleFileReader reader,
    ArticleExtraction extraction,
    ArticleCleaner cleaner,
    ArticleAnalyzer analyzer,
    ArticleStore store,
    ILogger<ArticleImporter> logger)
{
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
            LogRejected(result.Path, result.Reason);
            progress?.Report(result);
        }

        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await ImportFileAsync(file, cancellationToken);
            report.Add(result);
            progress?.Report(result);
        }

        LogSummary(report.Imported, report.Updated, report.Unchanged, report.Rejected);
        return report;
    }

    public async Task<ImportResult> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        var read = reader.Read(fullPath);
        if (read.IsRejected)
        {
            LogRejected(path, read.Rejection);
            return new ImportResult(path, ImportOutcome.Rejected, Reason: read.Rejection);
        }

        var document = ArticleFileReader.ToDocument(fullPath, read);
        var hash = ArticleStore.Hash(document.Text);
        await using var session = await store.OpenAsync(cancellationToken);
        var (existing, movedFrom) = await session.FindAsync(fullPath, hash, cancellationToken);
        if (existing is not null && movedFrom is null && existing.ContentHash == hash && existing.CodebookHash == analyzer.CodebookHash)
        {
            return new ImportResult(path, ImportOutcome.Unchanged, existing.Slug);
        }

        Article article;
        IReadOnlyList<string> notes;
        try
        {
            var parsed = cleaner.Clean(extraction.Extract(document));
            notes = parsed.Notes;
            article = store.Build(parsed, document, hash);
            analyzer.Analyze(article);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser bug on one odd file must not stop the rest of the folder.
            var reason = $"could not be parsed: {ex.Message}";
            LogRejected(path, reason);
            return new ImportResult(path, ImportOutcome.Rejected, Reason: reason);
        }

        try
        {
            string?[] parts = [movedFrom is null ? null : $"moved from {movedFrom}", read.EncodingNote, .. notes];
            var note = parts.Any(p => p is not null) ? string.Join("; ", parts.OfType<string>()) : null;
            var (outcome, stored) = await session.SaveAsync(existing, article, cancellationToken);
            LogStored(path, outcome, stored.Slug, stored.Paragraphs.Count);
            return new ImportResult(path, outcome, stored.Slug, Note: note);
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The transaction rolled back: the store holds the article as it was before this file, or not at all.
            var reason = $"could not be stored: {(ex.InnerException ?? ex).Message}";
            LogRejected(path, reason);
            return new ImportResult(path, ImportOutcome.Rejected, Reason: reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {ImportPath}: {Reason}")]
    private partial void LogRejected(string importPath, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Outcome} {ImportPath} as {Slug} with {ParagraphCount} paragraphs")]
    private partial void LogStored(string importPath, ImportOutcome outcome, string slug, int paragraphCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import finished: {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected")]
    private partial void LogSummary(int imported, int updated, int unchanged, int rejected);
}
