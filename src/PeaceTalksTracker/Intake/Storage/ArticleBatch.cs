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
    private readonly Dictionary<string, Article> _byPath;
    private readonly Dictionary<string, List<Article>> _byHash;
    private readonly List<Article> _pages;
    private readonly HashSet<string> _slugsTaken;
    private readonly ArticleRowWriter _rows;
    private readonly ArticleRowBuffer? _buffer;
    private readonly DuplicateKeys? _keys;

    // The per-file savepoint's three statements, prepared once for the batch (EF Core's savepoint API builds each anew).
    private readonly DbCommand _savepoint;
    private readonly DbCommand _release;
    private readonly DbCommand _rollbackTo;

    private ArticleBatch(
        PeaceTalksDbContext db, IDbContextTransaction transaction, Dictionary<string, Article> byPath, Dictionary<string, List<Article>> byHash,
        List<Article> pages, HashSet<string> slugsTaken, DuplicateKeys? keys, bool fileSavepoints)
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
        Duplicates = new DuplicateFinder(db, keys, _buffer);
        _savepoint = Statement("SAVEPOINT article");
        _release = Statement("RELEASE article");
        _rollbackTo = Statement("ROLLBACK TO article");
    }

    /// <summary>
    /// Begins the batch for these articles: one query each for their stored rows, their moved twins, the stored pages
    /// at their addresses and the slugs near theirs.
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

            // Each list goes in as one JSON parameter (EF.Parameter), not as EF Core 10's default of one parameter per
            // value: a batch may hold more files than SQLite binds values in a statement (32,766), and a statement
            // whose text depends on the count was built afresh for every batch (beginning the Reuters corpus's batches took
            // 1.2-1.5 s of the writer's 7.6 s; 0.75-0.8 s with one JSON parameter per list).
            var paths = articles.Select(a => a.SourcePath).Distinct(StringComparer.Ordinal).ToList();
            var byPath = (await db.Articles.AsNoTracking().Where(a => EF.Parameter(paths).Contains(a.SourcePath)).ToListAsync(cancellationToken))
                .ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
            var hashes = articles.Where(a => !byPath.ContainsKey(a.SourcePath)).Select(a => a.ContentHash).Distinct(StringComparer.Ordinal).ToList();
            var byHash = (await db.Articles.AsNoTracking().Where(a => EF.Parameter(hashes).Contains(a.ContentHash)).ToListAsync(cancellationToken))
                .GroupBy(a => a.ContentHash, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var pages = await StoredPagesAsync(db, articles.Where(a => !byPath.ContainsKey(a.SourcePath)), cancellationToken);
            var bases = articles.Select(a => Slugs.FromTitle(a.Title)).Distinct(StringComparer.Ordinal).ToList();
            // A slug and the ones numbered after it ("base-2", ...) share the prefix "base-": one index range each.
            var slugs = await db.Database.SqlQueryRaw<string>(
                    """
                    SELECT a."Slug" AS "Value" FROM json_each({0}) b JOIN "Articles" a ON a."Slug" = b.value
                    UNION SELECT a."Slug" FROM json_each({0}) b JOIN "Articles" a ON a."Slug" >= b.value || '-' AND a."Slug" < b.value || '.'
                    """,
                    JsonSerializer.Serialize(bases))
                .ToListAsync(cancellationToken);
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
    public (Article? Existing, string? MovedFrom, bool Unchanged) Find(Article article)
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
        return await _db.Articles.Where(a => a.Id == articleId).Select(a => a.Slug).SingleAsync(cancellationToken);
    }

    /// <summary>
    /// Inserts <paramref name="article"/>, or copies it into <paramref name="existing"/> (keeping its id and slug). With
    /// <see cref="FileSavepoints"/>, in a savepoint: a failure of this article rolls back to it and is rethrown, and the
    /// batch goes on. Without, a failure is rethrown and the batch must be rolled back.
    /// </summary>
    /// <remarks>With a <paramref name="fingerprint"/>, the article's duplicate-detection keys are replaced in the same savepoint.</remarks>
    public async Task<(ImportOutcome Outcome, Article Stored)> SaveAsync(Article? existing, Article article, TextFingerprint? fingerprint, CancellationToken cancellationToken)
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
                // Replace the children and keep the row, so the article keeps its id and its slug.
                await FlushAsync(cancellationToken, beforeOtherWrites: true);
                await DeleteChildrenAsync(existing.Id, cancellationToken);
                _db.Articles.Attach(existing);
                CopyInto(article, existing);
                outcome = ImportOutcome.Updated;
                article = existing;
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

            _byPath[article.SourcePath] = article;
            if (IsPage(article))
            {
                _pages.RemoveAll(p => p.Id == article.Id);
                _pages.Add(article);
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

    private DbCommand Statement(string sql)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _transaction.GetDbTransaction();
        command.CommandText = sql;
        command.Prepare();
        return command;
    }

    private static bool IsPage(Article article) => SourceAddresses.IsWebAddress(article.SourcePath);

    /// <summary>
    /// The stored pages (articles that came from the web) at these pages' addresses: where each was fetched from or the
    /// canonical address it declared. A file whose front matter names a URL stays the file's article.
    /// </summary>
    private static async Task<List<Article>> StoredPagesAsync(PeaceTalksDbContext db, IEnumerable<Article> articles, CancellationToken cancellationToken)
    {
        var urls = articles.Where(IsPage).SelectMany(a => new[] { a.SourcePath, a.SourceUrl }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (urls.Count == 0)
        {
            return [];
        }

        // SourceUrl and SourcePath are both indexed: two index lookups per address.
        return await db.Articles.AsNoTracking()
            .Where(a => (urls.Contains(a.SourceUrl!) || urls.Contains(a.SourcePath))
                && (EF.Functions.Like(a.SourcePath, "http://%") || EF.Functions.Like(a.SourcePath, "https://%")))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    private Article? StoredPage(Article page) =>
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
