using System.Data.Common;
using System.Runtime.InteropServices;
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
/// With <paramref name="buffer"/> (a batch that writes a table at a time), keys are stored through it, and a lookup asks
/// the store and then the batch's articles not yet written, so it sees every article the batch stored.
/// </summary>
public sealed class DuplicateFinder(PeaceTalksDbContext db, DuplicateKeys? known = null, ArticleRowBuffer? buffer = null) : IDisposable
{
    public const double NearDuplicateShare = 0.9;
    private const int MaxCandidates = 64;

    // Prepared once per finder (one per batch) and reused for every article: building a statement cost more than running it.
    private DbCommand? _insertFingerprint;
    private DbCommand? _insertBand;

    // The articles stored through the buffer and not yet written, with their fingerprints, in id order: a lookup answers
    // from the store first (every stored id is lower than every pending one) and then from these, instead of writing the
    // buffer out before every lookup (Reuters' wire templates made that a flush for one article in three).
    private readonly Dictionary<string, Article> _pendingByText = new(StringComparer.Ordinal);
    // Per band key, the latest pending article with it, as an index into _pendingBands, whose entries chain back to the
    // earlier ones: one list for the batch rather than a list per key (nearly every key has one article; those lists
    // were a sixth of the writer's garbage).
    private readonly Dictionary<long, int> _lastByBand = [];
    private readonly List<(Article Article, TextFingerprint Fingerprint, int Earlier)> _pendingBands = [];

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

        var id = await db.ArticleFingerprints.Where(f => f.TextHash == fingerprint.TextHash && f.ArticleId != exceptId)
            .OrderBy(f => f.ArticleId).Select(f => (int?)f.ArticleId).FirstOrDefaultAsync(cancellationToken);
        if (id is not null)
        {
            return await db.Articles.SingleAsync(a => a.Id == id, cancellationToken);
        }

        return HasPending() && _pendingByText.TryGetValue(fingerprint.TextHash, out var pending) && pending.Id != exceptId ? pending : null;
    }

    /// <summary>The original this text nearly repeats (the earliest such article, itself an original), or null.</summary>
    public async Task<int?> FindOriginalAsync(TextFingerprint fingerprint, int? exceptId, CancellationToken cancellationToken)
    {
        if (!fingerprint.IsComparable || known?.MayHaveNearCopy(fingerprint) == false)
        {
            return null;
        }

        var keys = fingerprint.BandKeys();
        var candidates = await db.ArticleShingleBands.Where(b => keys.Contains(b.Key) && b.ArticleId != exceptId)
            .Select(b => b.ArticleId).Distinct().OrderBy(id => id).Take(MaxCandidates).ToListAsync(cancellationToken);
        int? original;
        int matchId;
        var signatures = candidates.Count == 0 ? [] : await db.ArticleFingerprints.Where(f => candidates.Contains(f.ArticleId))
            .Select(f => new { f.ArticleId, f.Signature }).ToListAsync(cancellationToken);
        var match = signatures.Where(s => fingerprint.Similarity(s.Signature) >= NearDuplicateShare).OrderBy(s => s.ArticleId).FirstOrDefault();
        if (match is not null)
        {
            matchId = match.ArticleId;
            original = await db.Articles.Where(a => a.Id == matchId).Select(a => a.DuplicateOfId).SingleAsync(cancellationToken);
        }
        else if (PendingNearCopy(keys, fingerprint, exceptId) is { } pending)
        {
            (matchId, original) = (pending.Id, pending.DuplicateOfId);
        }
        else
        {
            return null;
        }

        // Link to the story's original, not to another copy of it, so every copy counts against the same article.
        return original is { } id && id != exceptId ? id : matchId;
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
    public async Task StoreAsync(Article article, TextFingerprint fingerprint, bool replacing, CancellationToken cancellationToken)
    {
        var articleId = article.Id;
        if (buffer is not null && !replacing)
        {
            HasPending(); // before adding: forgets what a write-out since made stale
            await buffer.AddAsync(new ArticleFingerprint { ArticleId = articleId, TextHash = fingerprint.TextHash, Signature = fingerprint.SignatureBytes() }, cancellationToken: cancellationToken);
            _pendingByText.TryAdd(fingerprint.TextHash, article);
            if (fingerprint.IsComparable)
            {
                foreach (var key in fingerprint.BandKeys())
                {
                    await buffer.AddAsync(new ArticleShingleBand { Key = key, ArticleId = articleId }, ignoreConflicts: true, cancellationToken);
                    ref var last = ref CollectionsMarshal.GetValueRefOrAddDefault(_lastByBand, key, out var seen);
                    _pendingBands.Add((article, fingerprint, seen ? last : -1));
                    last = _pendingBands.Count - 1;
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

    /// <summary>
    /// Whether the buffer still holds articles unwritten; once anything wrote it out (a commit, an update, a slug lookup),
    /// the pending keys are stale, the store answers for those articles, and the pending ones start afresh.
    /// </summary>
    private bool HasPending()
    {
        if (buffer is { IsEmpty: false })
        {
            return true;
        }

        _pendingByText.Clear();
        _lastByBand.Clear();
        _pendingBands.Clear();
        return false;
    }

    /// <summary>The earliest unwritten article sharing a band key with this text and nearly all of its shingles.</summary>
    private Article? PendingNearCopy(long[] keys, TextFingerprint fingerprint, int? exceptId)
    {
        if (!HasPending())
        {
            return null;
        }

        Article? earliest = null;
        foreach (var key in keys)
        {
            for (var i = _lastByBand.GetValueOrDefault(key, -1); i >= 0; i = _pendingBands[i].Earlier)
            {
                var (article, pending, _) = _pendingBands[i];
                if (article.Id != exceptId && (earliest is null || article.Id < earliest.Id) && fingerprint.Similarity(pending) >= NearDuplicateShare)
                {
                    earliest = article;
                }
            }
        }

        return earliest;
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
