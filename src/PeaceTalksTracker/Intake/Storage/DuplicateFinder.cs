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
/// <remarks>The lookups are plain SQL on the batch's connection (see <see cref="StoredArticle"/>), each prepared once per finder.</remarks>
public sealed class DuplicateFinder(PeaceTalksDbContext db, ArticleRowWriter rows, DuplicateKeys? known = null, ArticleRowBuffer? buffer = null) : IDisposable
{
    public const double NearDuplicateShare = 0.9;
    private const int MaxCandidates = 64;

    // Prepared once per finder (one per batch) and reused for every article: building a statement cost more than running it.
    private DbCommand? _insertFingerprint;
    private DbCommand? _insertBand;
    private DbCommand? _findSource;
    private DbCommand? _findSameText;
    private DbCommand? _findNearCopies;

    // The articles stored through the buffer and not yet written, with their fingerprints, in id order: a lookup answers
    // from the store first (every stored id is lower than every pending one) and then from these, instead of writing the
    // buffer out before every lookup (Reuters' wire templates made that a flush for one article in three).
    private readonly Dictionary<string, Article> _pendingByText = new(StringComparer.Ordinal);
    // Per band key, the latest pending article with it, as an index into _pendingBands, whose entries chain back to the
    // earlier ones: one list for the batch rather than a list per key (nearly every key has one article; those lists
    // were a sixth of the writer's garbage).
    private readonly Dictionary<long, int> _lastByBand = [];
    private readonly List<(Article Article, TextFingerprint Fingerprint, int Earlier)> _pendingBands = [];

    /// <summary>The id of the article a path was remembered as another source of, or null.</summary>
    public async Task<int?> FindSourceAsync(string fullPath, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        _findSource ??= Prepare("""SELECT "ArticleId" FROM "ArticleSources" WHERE "SourcePath" = $path""", "$path");
        return await _findSource.With(Transaction, fullPath).ExecuteScalarAsync(cancellationToken) is long id ? (int)id : null;
    }

    /// <summary>An article other than <paramref name="exceptId"/> with exactly the same words (the earliest), or null.</summary>
    public async Task<StoredArticle?> FindSameTextAsync(TextFingerprint fingerprint, int? exceptId, CancellationToken cancellationToken)
    {
        if (!fingerprint.IsComparable || known?.MayHaveSameText(fingerprint) == false)
        {
            return null;
        }

        _findSameText ??= Prepare($"""
            SELECT {StoredArticle.Columns} FROM "ArticleFingerprints" f JOIN "Articles" a ON a."Id" = f."ArticleId"
            WHERE f."TextHash" = $hash AND f."ArticleId" IS NOT $except ORDER BY f."ArticleId" LIMIT 1
            """, "$hash", "$except");
        var stored = await _findSameText.With(Transaction, fingerprint.TextHash, exceptId).ListAsync(r => StoredArticle.Read(r), cancellationToken);
        if (stored.Count > 0)
        {
            return stored[0];
        }

        return HasPending() && _pendingByText.TryGetValue(fingerprint.TextHash, out var pending) && pending.Id != exceptId ? StoredArticle.Of(pending) : null;
    }

    /// <summary>The original this text nearly repeats (the earliest such article, itself an original), or null.</summary>
    public async Task<int?> FindOriginalAsync(TextFingerprint fingerprint, int? exceptId, CancellationToken cancellationToken)
    {
        if (!fingerprint.IsComparable || known?.MayHaveNearCopy(fingerprint) == false)
        {
            return null;
        }

        // The first articles (by id) sharing a band key, with their signatures and originals, in one statement.
        var keys = fingerprint.BandKeys();
        var keyNames = Enumerable.Range(0, TextFingerprint.Bands).Select(i => $"$k{i}").ToArray();
        _findNearCopies ??= Prepare($"""
            SELECT c."ArticleId", f."Signature", a."DuplicateOfId"
            FROM (SELECT DISTINCT "ArticleId" FROM "ArticleShingleBands" WHERE "Key" IN ({string.Join(", ", keyNames)}) AND "ArticleId" IS NOT $except
                  ORDER BY "ArticleId" LIMIT {MaxCandidates}) c
            JOIN "ArticleFingerprints" f ON f."ArticleId" = c."ArticleId" JOIN "Articles" a ON a."Id" = c."ArticleId"
            ORDER BY c."ArticleId"
            """, [.. keyNames, "$except"]);
        var candidates = await _findNearCopies.With(Transaction, [.. keys.Cast<object?>(), exceptId])
            .ListAsync(r => (Id: r.GetInt32(0), Signature: (byte[])r.GetValue(1), DuplicateOfId: r.IsDBNull(2) ? (int?)null : r.GetInt32(2)), cancellationToken);
        int? original;
        int matchId;
        var match = candidates.FindIndex(c => fingerprint.Similarity(c.Signature) >= NearDuplicateShare);
        if (match >= 0)
        {
            (matchId, original) = (candidates[match].Id, candidates[match].DuplicateOfId);
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
    public async Task AddSourceAsync(StoredArticle article, Article copy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken, beforeOtherWrites: true);
        await rows.InsertAsync(new ArticleSource
        {
            ArticleId = article.Id,
            SourcePath = copy.SourcePath,
            SourceFile = copy.SourceFile,
            SourceUrl = copy.SourceUrl,
            ContentHash = copy.ContentHash,
            AddedAt = now,
        }, cancellationToken);
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

        _insertFingerprint ??= Prepare("""INSERT INTO "ArticleFingerprints" ("ArticleId", "TextHash", "Signature") VALUES ($id, $hash, $signature)""", "$id", "$hash", "$signature");
        await _insertFingerprint.With(Transaction, articleId, fingerprint.TextHash, fingerprint.SignatureBytes()).ExecuteNonQueryAsync(cancellationToken);
        if (fingerprint.IsComparable)
        {
            _insertBand ??= Prepare("""INSERT OR IGNORE INTO "ArticleShingleBands" ("Key", "ArticleId") VALUES ($key, $id)""", "$key", "$id");
            foreach (var key in fingerprint.BandKeys())
            {
                await _insertBand.With(Transaction, key, articleId).ExecuteNonQueryAsync(cancellationToken);
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
        _findSource?.Dispose();
        _findSameText?.Dispose();
        _findNearCopies?.Dispose();
    }

    private DbTransaction? Transaction => db.Database.CurrentTransaction?.GetDbTransaction();

    private DbCommand Prepare(string sql, params string[] names) => StoreCommand.Prepare(db.Database.GetDbConnection(), Transaction, sql, names);
}
