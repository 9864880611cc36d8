using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Cleaning;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Writes a batch of analysed articles in one transaction, each in its own savepoint: a file that fails rolls back
/// alone and the rest of the batch commits together, with one fsync. The transaction takes the write lock when it
/// begins (BEGIN IMMEDIATE), so what it looks up (the articles at these paths, the moved ones, the slugs taken) stays
/// true until it commits, even when another import runs at the same time.
/// </summary>
public sealed class ArticleBatch : IAsyncDisposable
{
    private const string Savepoint = "article";

    private readonly PeaceTalksDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly Dictionary<string, Article> _byPath;
    private readonly Dictionary<string, List<Article>> _byHash;
    private readonly HashSet<string> _slugsTaken;
    private readonly ArticleRowWriter _rows;

    private ArticleBatch(
        PeaceTalksDbContext db, IDbContextTransaction transaction, Dictionary<string, Article> byPath, Dictionary<string, List<Article>> byHash,
        HashSet<string> slugsTaken)
    {
        _db = db;
        _transaction = transaction;
        _byPath = byPath;
        _byHash = byHash;
        _slugsTaken = slugsTaken;
        _rows = new ArticleRowWriter(db, transaction.GetDbTransaction());
    }

    /// <summary>Begins the batch for these articles: one query each for their stored rows, their moved twins and the slugs near theirs.</summary>
    public static async Task<ArticleBatch> BeginAsync(PeaceTalksDbContext db, IReadOnlyCollection<Article> articles, CancellationToken cancellationToken)
    {
        // Each file's changes are tracked only until they are saved; without that every save would re-scan the batch.
        db.Database.AutoSavepointsEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        // For this connection only. synchronous=NORMAL under WAL: a commit is not fsynced, so a killed import still
        // loses nothing it committed and the store stays sound; only a power cut could lose the last batches, which a
        // re-run imports. A batch's pages stay in memory instead of spilling to the WAL before it commits.
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;", cancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var paths = articles.Select(a => a.SourcePath).Distinct(StringComparer.Ordinal).ToList();
            var byPath = (await db.Articles.AsNoTracking().Where(a => paths.Contains(a.SourcePath)).ToListAsync(cancellationToken))
                .ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
            var hashes = articles.Where(a => !byPath.ContainsKey(a.SourcePath)).Select(a => a.ContentHash).Distinct(StringComparer.Ordinal).ToList();
            var byHash = (await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash)).ToListAsync(cancellationToken))
                .GroupBy(a => a.ContentHash, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var bases = articles.Select(a => Slugs.FromTitle(a.Title)).Distinct(StringComparer.Ordinal).ToList();
            // A slug and the ones numbered after it ("base-2", ...) share the prefix "base-": one index range each.
            var slugs = await db.Database.SqlQueryRaw<string>(
                    """
                    SELECT a."Slug" AS "Value" FROM json_each({0}) b JOIN "Articles" a ON a."Slug" = b.value
                    UNION SELECT a."Slug" FROM json_each({0}) b JOIN "Articles" a ON a."Slug" >= b.value || '-' AND a."Slug" < b.value || '.'
                    """,
                    JsonSerializer.Serialize(bases))
                .ToListAsync(cancellationToken);
            return new ArticleBatch(db, transaction, byPath, byHash, new HashSet<string>(slugs, StringComparer.Ordinal));
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The stored article <paramref name="article"/> is (known by its path, or found moved), and whether it already
    /// holds this text under this codebook: then there is nothing to write.
    /// </summary>
    public (Article? Existing, string? MovedFrom, bool Unchanged) Find(Article article)
    {
        if (_byPath.TryGetValue(article.SourcePath, out var existing))
        {
            return (existing, null, existing.ContentHash == article.ContentHash && existing.CodebookHash == article.CodebookHash);
        }

        // Moved or renamed: the same text, at a path that is gone. Copies that still exist stay separate articles.
        var moved = _byHash.GetValueOrDefault(article.ContentHash)?.FirstOrDefault(a => !_byPath.ContainsKey(a.SourcePath) && !File.Exists(a.SourcePath));
        return (moved, moved?.SourcePath, false);
    }

    /// <summary>Finds same-text and near-duplicate articles through this batch's connection, so it sees what the batch wrote.</summary>
    public DuplicateFinder Duplicates => new(_db);

    public Task<string> SlugOfAsync(int articleId, CancellationToken cancellationToken) =>
        _db.Articles.Where(a => a.Id == articleId).Select(a => a.Slug).SingleAsync(cancellationToken);

    /// <summary>
    /// Inserts <paramref name="article"/>, or copies it into <paramref name="existing"/> (keeping its id and slug), in a
    /// savepoint. A failure of this article rolls back to the savepoint and is rethrown; the batch goes on.
    /// </summary>
    /// <remarks>With a <paramref name="fingerprint"/>, the article's duplicate-detection keys are replaced in the same savepoint.</remarks>
    public async Task<(ImportOutcome Outcome, Article Stored)> SaveAsync(Article? existing, Article article, TextFingerprint? fingerprint, CancellationToken cancellationToken)
    {
        await _transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            ImportOutcome outcome;
            var previousPath = existing?.SourcePath;
            if (existing is null)
            {
                article.Slug = UniqueSlug(Slugs.FromTitle(article.Title));
                await _rows.InsertAsync(article, cancellationToken);
                outcome = ImportOutcome.Imported;
            }
            else
            {
                // Replace the children and keep the row, so the article keeps its id and its slug.
                await ArticleStoreSession.DeleteChildrenAsync(_db, existing.Id, cancellationToken);
                _db.Articles.Attach(existing);
                ArticleStoreSession.CopyInto(article, existing);
                outcome = ImportOutcome.Updated;
                article = existing;
                await _db.SaveChangesAsync(cancellationToken);
            }

            if (fingerprint is not null)
            {
                await Duplicates.StoreAsync(article.Id, fingerprint, replacing: outcome == ImportOutcome.Updated, cancellationToken);
            }

            await _transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            if (previousPath is not null)
            {
                _byPath.Remove(previousPath);
            }

            _byPath[article.SourcePath] = article;
            _slugsTaken.Add(article.Slug);
            return (outcome, article);
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException && !StoreFailure.IsStoreLevel(ex))
        {
            await _transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            throw;
        }
        finally
        {
            _db.ChangeTracker.Clear();
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _rows.Dispose();
        await _transaction.DisposeAsync();
        await _db.DisposeAsync();
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
