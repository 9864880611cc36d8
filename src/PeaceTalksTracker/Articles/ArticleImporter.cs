using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Articles;

/// <summary>
/// Imports article files into the store, one transaction per file, so a bad file is reported and skipped
/// while the others land, and a crash never leaves an article half-written.
/// </summary>
public sealed partial class ArticleImporter(
    IDbContextFactory<PeaceTalksDbContext> dbFactory,
    ArticleFileReader reader,
    ArticleParser parser,
    ArticleAnalyzer analyzer,
    TimeProvider clock,
    ILogger<ArticleImporter> logger)
{
    /// <summary>Expands folders recursively; a path that does not exist becomes a rejection, not an exception.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, out IReadOnlyList<ImportResult> missing)
    {
        var files = new List<string>();
        var notFound = new List<ImportResult>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(Directory
                        .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                        .Where(f => !Path.GetFileName(f).StartsWith('.'))
                        .Order(StringComparer.Ordinal));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    notFound.Add(new ImportResult(path, ImportOutcome.Rejected, Reason: $"folder cannot be read: {ex.Message}"));
                }
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                notFound.Add(new ImportResult(path, ImportOutcome.Rejected, Reason: "no such file or folder"));
            }
        }

        missing = notFound;
        return files;
    }

    public Task<ImportReport> ImportAsync(IEnumerable<string> paths, IProgress<ImportResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ExpandPaths(paths, out var missing);
        return ImportAsync(files, missing, progress, cancellationToken);
    }

    /// <summary>Imports files already expanded by <see cref="ExpandPaths"/>, reporting the paths it found missing first.</summary>
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

        var text = read.Text!;
        var hash = Hash(text);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Tracked, because an update writes through this very row (the context does not track by default).
        var existing = await db.Articles.AsTracking().SingleOrDefaultAsync(a => a.SourcePath == fullPath, cancellationToken);
        string? movedFrom = null;
        if (existing is null)
        {
            existing = await FindMovedAsync(db, hash, cancellationToken);
            movedFrom = existing?.SourcePath;
        }

        if (existing is not null && movedFrom is null && existing.ContentHash == hash && existing.CodebookHash == analyzer.CodebookHash)
        {
            return new ImportResult(path, ImportOutcome.Unchanged, existing.Slug);
        }

        Article article;
        try
        {
            var parsed = parser.Parse(text);
            article = Build(parsed, text, hash, fullPath, read.EncodingNote);
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
            var note = movedFrom is null ? read.EncodingNote : $"moved from {movedFrom}{(read.EncodingNote is null ? "" : "; " + read.EncodingNote)}";
            return await StoreAsync(db, existing, article, path, note, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The transaction rolled back: the store holds the article as it was before this file, or not at all.
            var reason = $"could not be stored: {(ex.InnerException ?? ex).Message}";
            LogRejected(path, reason);
            return new ImportResult(path, ImportOutcome.Rejected, Reason: reason);
        }
    }

    /// <summary>
    /// An article with the same text whose file is no longer where it was imported from: the file was moved or
    /// renamed (a renamed folder, the repository cloned elsewhere), so it is that article, not a new one. Copies that
    /// still exist at their own paths stay separate articles.
    /// </summary>
    private static async Task<Article?> FindMovedAsync(PeaceTalksDbContext db, string hash, CancellationToken cancellationToken)
    {
        var sameText = await db.Articles.AsTracking().Where(a => a.ContentHash == hash).ToListAsync(cancellationToken);
        return sameText.FirstOrDefault(a => !File.Exists(a.SourcePath));
    }

    private async Task<ImportResult> StoreAsync(
        PeaceTalksDbContext db, Article? existing, Article article, string path, string? encodingNote, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ImportOutcome outcome;
        if (existing is null)
        {
            article.Slug = await UniqueSlugAsync(db, Slugs.FromTitle(article.Title), cancellationToken);
            db.Articles.Add(article);
            outcome = ImportOutcome.Imported;
        }
        else
        {
            // Replace the children and keep the row, so the article keeps its id and its slug.
            await db.Paragraphs.Where(p => p.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.CitedSources.Where(c => c.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.RemovedTexts.Where(r => r.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Quotes.Where(q => q.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.ArticleStakeholders.Where(s => s.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.ArticleThemes.Where(t => t.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            CopyInto(article, existing);
            outcome = ImportOutcome.Updated;
            article = existing;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogStored(path, outcome, article.Slug, article.Paragraphs.Count);
        return new ImportResult(path, outcome, article.Slug, Note: encodingNote);
    }

    private Article Build(ParsedArticle parsed, string text, string hash, string fullPath, string? encodingNote)
    {
        var now = clock.GetUtcNow();
        var paragraphs = parsed.Paragraphs
            .Select((p, i) => new Paragraph { Index = i, Heading = p.Heading, Text = p.Text, Kind = p.Kind, WordCount = CountWords(p.Text) })
            .ToList();
        return new Article
        {
            Slug = "",
            Title = parsed.Title,
            TitleIsDerived = parsed.TitleIsDerived,
            Subtitle = parsed.Subtitle,
            Outlet = parsed.Outlet,
            Author = parsed.Author,
            Dateline = parsed.Dateline,
            PublishedOn = parsed.PublishedOn,
            Caption = parsed.Caption,
            CaptionCredit = parsed.CaptionCredit,
            SourceUrl = parsed.SourceUrl,
            Description = parsed.Description,
            BodyMarkdown = parsed.BodyMarkdown,
            WordCount = paragraphs.Sum(p => p.WordCount),
            OriginalText = text,
            ContentHash = hash,
            SourceFile = Path.GetFileName(fullPath),
            SourcePath = fullPath,
            EncodingNote = encodingNote,
            ImportedAt = now,
            UpdatedAt = now,
            Paragraphs = paragraphs,
            CitedSources = parsed.CitedSources.Select((s, i) => new CitedSource { Position = i, Name = s.Name, Title = s.Title }).ToList(),
            RemovedTexts = parsed.RemovedTexts.Select((r, i) => new RemovedText { Position = i, Kind = r.Kind, Text = r.Text }).ToList(),
        };
    }

    private static void CopyInto(Article source, Article target)
    {
        target.Title = source.Title;
        target.TitleIsDerived = source.TitleIsDerived;
        target.Subtitle = source.Subtitle;
        target.Outlet = source.Outlet;
        target.Author = source.Author;
        target.Dateline = source.Dateline;
        target.PublishedOn = source.PublishedOn;
        target.Caption = source.Caption;
        target.CaptionCredit = source.CaptionCredit;
        target.SourceUrl = source.SourceUrl;
        target.Description = source.Description;
        target.BodyMarkdown = source.BodyMarkdown;
        target.WordCount = source.WordCount;
        target.OriginalText = source.OriginalText;
        target.ContentHash = source.ContentHash;
        target.SourceFile = source.SourceFile;
        target.SourcePath = source.SourcePath;
        target.EncodingNote = source.EncodingNote;
        target.CodebookHash = source.CodebookHash;
        target.UpdatedAt = source.UpdatedAt;
        target.Paragraphs = source.Paragraphs;
        target.CitedSources = source.CitedSources;
        target.RemovedTexts = source.RemovedTexts;
        target.Quotes = source.Quotes;
        target.Stakeholders = source.Stakeholders;
        target.Themes = source.Themes;
    }

    private static async Task<string> UniqueSlugAsync(PeaceTalksDbContext db, string baseSlug, CancellationToken cancellationToken)
    {
        // Exact lookups walk the unique slug index; a prefix LIKE would scan every article.
        var candidate = baseSlug;
        for (var n = 2; await db.Articles.AnyAsync(a => a.Slug == candidate, cancellationToken); n++)
        {
            candidate = $"{baseSlug}-{n}";
        }

        return candidate;
    }

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {ImportPath}: {Reason}")]
    private partial void LogRejected(string importPath, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Outcome} {ImportPath} as {Slug} with {ParagraphCount} paragraphs")]
    private partial void LogStored(string importPath, ImportOutcome outcome, string slug, int paragraphCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import finished: {Imported} imported, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected")]
    private partial void LogSummary(int imported, int updated, int unchanged, int rejected);
}
