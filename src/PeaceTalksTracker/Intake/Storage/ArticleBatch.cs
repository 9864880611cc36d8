using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Sources;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Writes a batch of analysed articles in one transaction, with one fsync. The transaction takes the write lock when it
/// begins (BEGIN IMMEDIATE), so what it looks up (the articles at these paths, the moved ones, the pages at these
/// addresses, the slugs taken) stays true until it commits, even when another import runs at the same time. Files,
/// fetched pages and feed items are all written here; nothing else writes articles.
/// </summary>
/// <remarks>
/// Two modes. Without <see cref="FileSavepoints"/> (the first try at every batch) a file's failure is thrown and the
/// caller rolls the whole batch back. With them, each file is written in its own savepoint: a file that fails rolls back
/// alone and the rest of the batch commits. The first mode exists because a savepoint is not free: SQLite's full-text
/// index writes what it holds in memory to disk at every savepoint, one small segment per file, and merging those
/// segments was most of the importer's SQLite time. The first mode also writes new articles a table at a time
/// (<see cref="ArticleRowBuffer"/>): their rows are gathered and written before anything reads the store or writes it
/// another way, and at the commit.
/// </remarks>
public sealed class ArticleBatch : IAsyncDisposable
{

    private readonly PeaceTalksDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly Dictionary<string, StoredArticle> _byPath;
    private readonly Dictionary<string, List<StoredArticle>> _byHash;
    private readonly List<StoredArticle> _pages;
    private readonly HashSet<string> _slugsTaken;
    private readonly ArticleRowWriter _rows;
    private readonly ArticleRowBuffer? _buffer;
    private readonly DuplicateKeys? _keys;

    // The per-file savepoint's three statements, prepared once for the batch (EF Core's savepoint API builds each anew).
    private readonly DbCommand _savepoint;
    private readonly DbCommand _release;
    private readonly DbCommand _rollbackTo;

    private ArticleBatch(
        PeaceTalksDbContext db, IDbContextTransaction transaction, Dictionary<string, StoredArticle> byPath, Dictionary<string, List<StoredArticle>> byHash,
        List<StoredArticle> pages, HashSet<string> slugsTaken, DuplicateKeys? keys, bool fileSavepoints)
    {
        FileSavepoints = fileSavepoints;
        _db = db;
        _transaction = transaction;
        _byPath = byPath;
        _byHash = byHash;
        _pages = pages;
        _slugsTaken = slugsTaken;
        _rows = new ArticleRowWriter(db, transaction.GetDbTransaction());
        _buffer = fileSavepoints ? null : new ArticleRowBuffer(db, transaction.GetDbTransaction());
        _keys = keys;
        Duplicates = new DuplicateFinder(db, _rows, keys, _buffer);
        _savepoint = Statement("SAVEPOINT article");
        _release = Statement("RELEASE article");
        _rollbackTo = Statement("ROLLBACK TO article");
    }

    /// <summary>
    /// Begins the batch for these articles: one query each for their stored rows, their moved twins, the stored pages
    /// at their addresses and the slugs near theirs, in plain SQL (see <see cref="StoredArticle"/>).
    /// </summary>
    /// <remarks>With <paramref name="keys"/>, the import run's duplicate keys are brought up to date under the write lock first.</remarks>
    public static async Task<ArticleBatch> BeginAsync(
        PeaceTalksDbContext db, IReadOnlyCollection<Article> articles, DuplicateKeys? keys, bool fileSavepoints, CancellationToken cancellationToken)
    {
        // Each file's changes are tracked only until they are saved; without that every save would re-scan the batch.
        db.Database.AutoSavepointsEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        // For this connection only. synchronous=NORMAL under WAL: a commit is not fsynced, so a killed import still
        // loses nothing it committed and the store stays sound; only a power cut could lose the last batches, which a
        // re-run imports. A batch's pages stay in memory instead of spilling to the WAL before it commits.
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;", cancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            if (keys is not null)
            {
                await keys.RefreshAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), cancellationToken);
            }

            // Each list goes in as one JSON parameter: a batch may hold more files than SQLite binds values in a statement
            // (32,766), and a statement whose text depends on the count would be built afresh for every batch.
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            var paths = articles.Select(a => a.SourcePath).Distinct(StringComparer.Ordinal);
            var byPath = (await StoredAsync(connection, dbTransaction, """WHERE a."SourcePath" IN (SELECT value FROM json_each($values))""", paths, cancellationToken))
                .ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
            var hashes = articles.Where(a => !byPath.ContainsKey(a.SourcePath)).Select(a => a.ContentHash).Distinct(StringComparer.Ordinal);
            var byHash = (await StoredAsync(connection, dbTransaction, """WHERE a."ContentHash" IN (SELECT value FROM json_each($values))""", hashes, cancellationToken))
                .GroupBy(a => a.ContentHash, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            // A stored page is known by where it was fetched from or the canonical address it declared (both indexed); a
            // file whose front matter names a URL stays the file's article.
            var urls = articles.Where(a => IsPage(a) && !byPath.ContainsKey(a.SourcePath)).SelectMany(a => new[] { a.SourcePath, a.SourceUrl }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var pages = urls.Count == 0 ? [] : await StoredAsync(connection, dbTransaction, """
                WHERE (a."SourceUrl" IN (SELECT value FROM json_each($values)) OR a."SourcePath" IN (SELECT value FROM json_each($values)))
                  AND (a."SourcePath" LIKE 'http://%' OR a."SourcePath" LIKE 'https://%')
                ORDER BY a."Id"
                """, urls, cancellationToken);
            var bases = articles.Select(a => Slugs.FromTitle(a.Title)).Distinct(StringComparer.Ordinal);
            // A slug and the ones numbered after it ("base-2", ...) share the prefix "base-": one index range each.
            await using var slugQuery = StoreCommand.Create(connection, dbTransaction, """
                SELECT a."Slug" FROM json_each($values) b JOIN "Articles" a ON a."Slug" = b.value
                UNION SELECT a."Slug" FROM json_each($values) b JOIN "Articles" a ON a."Slug" >= b.value || '-' AND a."Slug" < b.value || '.'
                """, ("$values", JsonSerializer.Serialize(bases)));
            var slugs = await slugQuery.ListAsync(r => r.GetString(0), cancellationToken);
            return new ArticleBatch(db, transaction, byPath, byHash, pages, new HashSet<string>(slugs, StringComparer.Ordinal), keys, fileSavepoints);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The stored article <paramref name="article"/> is (known by its path; a page also by its address or the canonical
    /// address it declares; a file also found moved), and whether it already holds this text, outlet and codebook: then
    /// there is nothing to write.
    /// </summary>
    public (StoredArticle? Existing, string? MovedFrom, bool Unchanged) Find(Article article)
    {
        if (_byPath.TryGetValue(article.SourcePath, out var existing) || (IsPage(article) && (existing = StoredPage(article)) is not null))
        {
            return (existing, null, existing.ContentHash == article.ContentHash && existing.CodebookHash == article.CodebookHash && existing.Outlet == article.Outlet);
        }

        if (IsPage(article))
        {
            // A page has no file that could have moved: the same text at another address is another page (a syndicated copy).
            return (null, null, false);
        }

        // Moved or renamed: the same text, at a path that is gone. Copies that still exist stay separate articles, and
        // a page is never a file that moved.
        var moved = _byHash.GetValueOrDefault(article.ContentHash)?
            .FirstOrDefault(a => !_byPath.ContainsKey(a.SourcePath) && !IsPage(a) && !File.Exists(a.SourcePath));
        return (moved, moved?.SourcePath, false);
    }

    /// <summary>Whether each file is written in its own savepoint (see the remarks on the class).</summary>
    public bool FileSavepoints { get; }

    /// <summary>Finds same-text and near-duplicate articles through this batch's connection, so it sees what the batch wrote.</summary>
    public DuplicateFinder Duplicates { get; }

    public async Task<string> SlugOfAsync(int articleId, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await using var command = StoreCommand.Create(_db.Database.GetDbConnection(), _transaction.GetDbTransaction(), """SELECT "Slug" FROM "Articles" WHERE "Id" = $id""", ("$id", articleId));
        return (string)(await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"no article {articleId}"));
    }

    /// <summary>
    /// Inserts <paramref name="article"/>, or copies it into <paramref name="existing"/> (keeping its id and slug). With
    /// <see cref="FileSavepoints"/>, in a savepoint: a failure of this article rolls back to it and is rethrown, and the
    /// batch goes on. Without, a failure is rethrown and the batch must be rolled back.
    /// </summary>
    /// <remarks>With a <paramref name="fingerprint"/>, the article's duplicate-detection keys are replaced in the same savepoint.</remarks>
    public async Task<(ImportOutcome Outcome, Article Stored)> SaveAsync(StoredArticle? existing, Article article, TextFingerprint? fingerprint, CancellationToken cancellationToken)
    {
        if (FileSavepoints)
        {
            await _savepoint.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            ImportOutcome outcome;
            var previousPath = existing?.SourcePath;
            if (existing is null)
            {
                article.Slug = UniqueSlug(Slugs.FromTitle(article.Title));
                if (_buffer is not null)
                {
                    await _buffer.AddAsync(article, cancellationToken: cancellationToken);
                }
                else
                {
                    await _rows.InsertAsync(article, cancellationToken);
                }
                outcome = ImportOutcome.Imported;
            }
            else
            {
                // Replace the children and keep the row, so the article keeps its id and its slug. Through EF Core, which
                // writes what changed of the whole stored row: an update is rare next to the lookups of every file.
                await FlushAsync(cancellationToken, beforeOtherWrites: true);
                var stored = await _db.Articles.AsNoTracking().SingleAsync(a => a.Id == existing.Id, cancellationToken);
                await DeleteChildrenAsync(existing.Id, cancellationToken);
                _db.Articles.Attach(stored);
                CopyInto(article, stored);
                outcome = ImportOutcome.Updated;
                article = stored;
                await _db.SaveChangesAsync(cancellationToken);
            }

            if (fingerprint is not null)
            {
                await Duplicates.StoreAsync(article, fingerprint, replacing: outcome == ImportOutcome.Updated, cancellationToken);
            }

            if (FileSavepoints)
            {
                await _release.ExecuteNonQueryAsync(cancellationToken);
            }

            if (previousPath is not null)
            {
                _byPath.Remove(previousPath);
            }

            var saved = StoredArticle.Of(article);
            _byPath[article.SourcePath] = saved;
            if (IsPage(article))
            {
                _pages.RemoveAll(p => p.Id == article.Id);
                _pages.Add(saved);
            }

            _slugsTaken.Add(article.Slug);
            return (outcome, article);
        }
        catch (Exception ex) when (FileSavepoints && ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException && !StoreFailure.IsStoreLevel(ex))
        {
            // ROLLBACK TO keeps the savepoint open: released too, so the next file's starts afresh.
            await _rollbackTo.ExecuteNonQueryAsync(cancellationToken);
            await _release.ExecuteNonQueryAsync(cancellationToken);
            throw;
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        _keys?.Committed();
    }

    public async ValueTask DisposeAsync()
    {
        _rows.Dispose();
        _buffer?.Dispose();
        Duplicates.Dispose();
        _savepoint.Dispose();
        _release.Dispose();
        _rollbackTo.Dispose();
        await _transaction.DisposeAsync();
        await _db.DisposeAsync();
    }

    /// <summary>Writes the rows gathered for new articles (nothing in savepoint mode, where each is written at once).</summary>
    private Task FlushAsync(CancellationToken cancellationToken, bool beforeOtherWrites = false) =>
        _buffer?.FlushAsync(cancellationToken, beforeOtherWrites) ?? Task.CompletedTask;

    private DbCommand Statement(string sql) => StoreCommand.Prepare(_db.Database.GetDbConnection(), _transaction.GetDbTransaction(), sql);

    private static bool IsPage(Article article) => SourceAddresses.IsWebAddress(article.SourcePath);

    private static bool IsPage(StoredArticle article) => SourceAddresses.IsWebAddress(article.SourcePath);

    /// <summary>The stored articles a query over <c>"Articles" a</c> finds, given the JSON array of <paramref name="values"/> as <c>$values</c>.</summary>
    private static async Task<List<StoredArticle>> StoredAsync(
        DbConnection connection, DbTransaction transaction, string where, IEnumerable<string> values, CancellationToken cancellationToken)
    {
        await using var command = StoreCommand.Create(connection, transaction, $"""SELECT {StoredArticle.Columns} FROM "Articles" a {where}""", ("$values", JsonSerializer.Serialize(values)));
        return await command.ListAsync(r => StoredArticle.Read(r), cancellationToken);
    }

    private StoredArticle? StoredPage(Article page) =>
        _pages.FirstOrDefault(p => p.SourceUrl == page.SourcePath || p.SourcePath == page.SourceUrl || (page.SourceUrl is not null && p.SourceUrl == page.SourceUrl));

    /// <summary>Deletes what an article's text produced, so an update writes it afresh under the same row, id and slug.</summary>
    private async Task DeleteChildrenAsync(int articleId, CancellationToken cancellationToken)
    {
        await _db.Paragraphs.Where(p => p.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await _db.CitedSources.Where(c => c.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await _db.RemovedTexts.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await _db.Quotes.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await _db.ArticleStakeholders.Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await _db.ArticleThemes.Where(t => t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
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
        target.DateSource = source.DateSource;
        target.DateNote = source.DateNote;
        target.QualityFlag = source.QualityFlag;
        target.QualityReason = source.QualityReason;
        target.DuplicateOfId = source.DuplicateOfId;
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

    private string UniqueSlug(string baseSlug)
    {
        var candidate = baseSlug;
        for (var n = 2; _slugsTaken.Contains(candidate); n++)
        {
            candidate = $"{baseSlug}-{n}";
        }

        return candidate;
    }
}
