using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Cleaning;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Duplicate detection at store time, on one session's context, from the fingerprints stored per article
/// (<see cref="TextFingerprint"/>): every lookup walks an index (text hash, band key), never the stored texts.
/// <list type="bullet">
/// <item>the same text (same words once junk and whitespace are gone) at another path is the same article: the new
/// path is remembered as another source of it;</item>
/// <item>a near copy (an estimated 90% or more of five-word shingles shared: a wire story republished with a new top)
/// is its own article linked to the one it repeats (<see cref="Article.DuplicateOfId"/>), and counted once.</item>
/// </list>
/// With <paramref name="known"/> (an import run's keys in memory), a text no stored article can match is answered
/// without a query; only a possible match is looked up in the store.
/// With <paramref name="buffer"/> (a batch that writes a table at a time), keys are stored through it, and what it holds
/// is written before any lookup, so a lookup sees every article the batch stored.
/// </summary>
public sealed class DuplicateFinder(PeaceTalksDbContext db, DuplicateKeys? known = null, ArticleRowBuffer? buffer = null) : IDisposable
{
    public const double NearDuplicateShare = 0.9;
    private const int MaxCandidates = 64;

    // Prepared once per finder (one per batch) and reused for every article: building a statement cost more than running it.
    private DbCommand? _insertFingerprint;
    private DbCommand? _insertBand;

    // Keys stored through the buffer and not yet written: a lookup writes the buffer out first only when it could match
    // one of them (a batch holding a copy of its own article), not before every lookup.
    private readonly HashSet<string> _pendingTexts = new(StringComparer.Ordinal);
    private readonly HashSet<long> _pendingBands = [];

    /// <summary>The article a path was remembered as another source of, or null.</summary>
    public async Task<ArticleSource?> FindSourceAsync(string fullPath, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        return await db.ArticleSources.SingleOrDefaultAsync(s => s.SourcePath == fullPath, cancellationToken);
    }

    /// <summary>An article other than <paramref name="exceptId"/> with exactly the same words, or null.</summary>
    public async Task<Article?> FindSameTextAsync(TextFingerprint fingerprint, int? exceptId, CancellationToken cancellationToken)
    {
        if (!fingerprint.IsComparable || known?.MayHaveSameText(fingerprint) == false)
        {
            return null;
        }

        await FlushIfPendingMatchAsync(fingerprint, nearCopies: false, cancellationToken);
        var id = await db.ArticleFingerprints.Where(f => f.TextHash == fingerprint.TextHash && f.ArticleId != exceptId)
            .OrderBy(f => f.ArticleId).Select(f => (int?)f.ArticleId).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await db.Articles.SingleAsync(a => a.Id == id, cancellationToken);
    }

    /// <summary>The original this text nearly repeats (the earliest such article, itself an original), or null.</summary>
    public async Task<int?> FindOriginalAsync(TextFingerprint fingerprint, int? exceptId, CancellationToken cancellationToken)
    {
        if (!fingerprint.IsComparable || known?.MayHaveNearCopy(fingerprint) == false)
        {
            return null;
        }

        await FlushIfPendingMatchAsync(fingerprint, nearCopies: true, cancellationToken);
        var keys = fingerprint.BandKeys();
        var candidates = await db.ArticleShingleBands.Where(b => keys.Contains(b.Key) && b.ArticleId != exceptId)
            .Select(b => b.ArticleId).Distinct().OrderBy(id => id).Take(MaxCandidates).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return null;
        }

        var signatures = await db.ArticleFingerprints.Where(f => candidates.Contains(f.ArticleId))
            .Select(f => new { f.ArticleId, f.Signature }).ToListAsync(cancellationToken);
        var match = signatures.Where(s => fingerprint.Similarity(s.Signature) >= NearDuplicateShare).OrderBy(s => s.ArticleId).FirstOrDefault();
        if (match is null)
        {
            return null;
        }

        // Link to the story's original, not to another copy of it, so every copy counts against the same article.
        var original = await db.Articles.Where(a => a.Id == match.ArticleId).Select(a => a.DuplicateOfId).SingleAsync(cancellationToken);
        return original is { } id && id != exceptId ? id : match.ArticleId;
    }

    /// <summary>Remembers another path of an article's text, in its own transaction.</summary>
    public async Task AddSourceAsync(Article article, Article copy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken, beforeOtherWrites: true);
        db.ArticleSources.Add(new ArticleSource
        {
            ArticleId = article.Id,
            SourcePath = copy.SourcePath,
            SourceFile = copy.SourceFile,
            SourceUrl = copy.SourceUrl,
            ContentHash = copy.ContentHash,
            AddedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Replaces an article's stored fingerprint and band keys; called inside the article's save transaction.</summary>
    public async Task StoreAsync(int articleId, TextFingerprint fingerprint, bool replacing, CancellationToken cancellationToken)
    {
        if (buffer is not null && !replacing)
        {
            await buffer.AddAsync(new ArticleFingerprint { ArticleId = articleId, TextHash = fingerprint.TextHash, Signature = fingerprint.SignatureBytes() }, cancellationToken: cancellationToken);
            _pendingTexts.Add(fingerprint.TextHash);
            if (fingerprint.IsComparable)
            {
                foreach (var key in fingerprint.BandKeys())
                {
                    await buffer.AddAsync(new ArticleShingleBand { Key = key, ArticleId = articleId }, ignoreConflicts: true, cancellationToken);
                    _pendingBands.Add(key);
                }
            }

            known?.Add(articleId, fingerprint);
            return;
        }

        await FlushAsync(cancellationToken, beforeOtherWrites: true);
        if (replacing)
        {
            await db.ArticleShingleBands.Where(b => b.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
            await db.ArticleFingerprints.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        }

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        _insertFingerprint ??= Prepare(connection, transaction, """INSERT INTO "ArticleFingerprints" ("ArticleId", "TextHash", "Signature") VALUES ($id, $hash, $signature)""", "$id", "$hash", "$signature");
        _insertFingerprint.Transaction = transaction;
        _insertFingerprint.Parameters[0].Value = articleId;
        _insertFingerprint.Parameters[1].Value = fingerprint.TextHash;
        _insertFingerprint.Parameters[2].Value = fingerprint.SignatureBytes();
        await _insertFingerprint.ExecuteNonQueryAsync(cancellationToken);
        if (fingerprint.IsComparable)
        {
            _insertBand ??= Prepare(connection, transaction, """INSERT OR IGNORE INTO "ArticleShingleBands" ("Key", "ArticleId") VALUES ($key, $id)""", "$key", "$id");
            _insertBand.Transaction = transaction;
            _insertBand.Parameters[1].Value = articleId;
            foreach (var key in fingerprint.BandKeys())
            {
                _insertBand.Parameters[0].Value = key;
                await _insertBand.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        known?.Add(articleId, fingerprint);
    }

    private Task FlushAsync(CancellationToken cancellationToken, bool beforeOtherWrites = false) =>
        buffer?.FlushAsync(cancellationToken, beforeOtherWrites) ?? Task.CompletedTask;

    private async Task FlushIfPendingMatchAsync(TextFingerprint fingerprint, bool nearCopies, CancellationToken cancellationToken)
    {
        if (buffer is null)
        {
            return;
        }

        // Written out since (by a commit, an update, a slug lookup): nothing of the batch is pending.
        if (!buffer.IsEmpty && (_pendingTexts.Contains(fingerprint.TextHash) || (nearCopies && fingerprint.BandKeys().Any(_pendingBands.Contains))))
        {
            await buffer.FlushAsync(cancellationToken);
        }

        if (buffer.IsEmpty)
        {
            _pendingTexts.Clear();
            _pendingBands.Clear();
        }
    }

    public void Dispose()
    {
        _insertFingerprint?.Dispose();
        _insertBand?.Dispose();
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction? transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }
}
