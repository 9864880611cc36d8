using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Extraction;
using PeaceTalksTracker.Intake.Sources;
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
            LogRejected(result.DisplayPath, result.Reason);
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
            LogRejected(PrintableText.Escape(path), read.Rejection);
            return new ImportResult(path, ImportOutcome.Rejected, Reason: read.Rejection);
        }

        return await ImportDocumentAsync(path, ArticleFileReader.ToDocument(fullPath, read), ImportSourceKind.File, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Runs extraction, cleaning, analysis and storage on a document any source produced (a file, a fetched page, a
    /// feed item). A document with a <see cref="SourceDocument.SourceUrl"/> is known by its address, or by the canonical
    /// address its page declares on the same site, so re-importing a link updates its article in place.
    /// </summary>
    /// <remarks>
    /// <paramref name="path"/> is what the result and the log name (the path as given, or the URL);
    /// <paramref name="outlet"/> an outlet the user configured for the source (a feed's), which wins over what the page says.
    /// </remarks>
    public async Task<ImportResult> ImportDocumentAsync(
        string path, SourceDocument document, ImportSourceKind kind, string? outlet = null, CancellationToken cancellationToken = default)
    {
        var shown = PrintableText.Escape(path);
        var hash = ArticleStore.Hash(document.Text);
        await using var session = await store.OpenAsync(cancellationToken);
        var (existing, movedFrom) = await session.FindAsync(document, hash, cancellationToken);
        if (existing is not null && movedFrom is null && existing.ContentHash == hash && existing.CodebookHash == analyzer.CodebookHash
            && (outlet is null || existing.Outlet == outlet))
        {
            return new ImportResult(path, ImportOutcome.Unchanged, existing.Slug) { Source = kind };
        }

        Article article;
        try
        {
            var parsed = cleaner.Clean(extraction.Extract(document));
            article = store.Build(parsed, document, hash);
            if (document.SourceUrl is not null)
            {
                article.SourceUrl = SourceAddresses.Canonical(document.SourceUrl, parsed.Page.CanonicalUrl ?? parsed.SourceUrl);
                existing ??= await session.FindByUrlAsync(article.SourceUrl, cancellationToken);
            }

            article.Outlet = outlet ?? article.Outlet;
            analyzer.Analyze(article);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser bug on one odd file must not stop the rest of the folder.
            var reason = $"could not be parsed: {ex.Message}";
            LogRejected(shown, reason);
            return new ImportResult(path, ImportOutcome.Rejected, Reason: reason) { Source = kind };
        }

        try
        {
            var note = movedFrom is null ? document.EncodingNote : $"moved from {movedFrom}{(document.EncodingNote is null ? "" : "; " + document.EncodingNote)}";
            var (outcome, stored) = await session.SaveAsync(existing, article, cancellationToken);
            LogStored(shown, outcome, stored.Slug, stored.Paragraphs.Count);
            return new ImportResult(path, outcome, stored.Slug, Note: note) { Source = kind };
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The transaction rolled back: the store holds the article as it was before this file, or not at all.
            var reason = $"could not be stored: {(ex.InnerException ?? ex).Message}";
            LogRejected(shown, reason);
            return new ImportResult(path, ImportOutcome.Rejected, Reason: reason) { Source = kind };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {ImportPath}: {Reason}")]
    private partial void LogRejected(string importPath, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Outcome} {ImportPath} as {Slug} with {ParagraphCount} paragraphs")]
    private partial void LogStored(string importPath, ImportOutcome outcome, string slug, int paragraphCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import finished: {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected")]
    private partial void LogSummary(int imported, int updated, int unchanged, int rejected);
}
