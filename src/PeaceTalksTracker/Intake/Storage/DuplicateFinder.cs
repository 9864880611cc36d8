using Microsoft.EntityFrameworkCore;
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
/// </summary>
public sealed class DuplicateFinder(PeaceTalksDbContext db)
{
    public const double NearDuplicateShare = 0.9;
    private const int MaxCandidates = 64;

    /// <summary>The article a path was remembered as another source of, or null.</summary>
    public Task<ArticleSource?> FindSourceAsync(string fullPath, CancellationToken cancellationToken) =>
        db.ArticleSources.SingleOrDefaultAsync(s => s.SourcePath == fullPath, cancellationToken);

    /// <summary>An article other than <paramref name="exceptId"/> with exactly the same words, or null.</summary>
    public async Task<Article?> FindSameTextAsync(TextFingerprint fingerprint, int? exceptId, CancellationToken cancellationToken)
    {
        if (!fingerprint.IsComparable)
        {
            return null;
        }

        var id = await db.ArticleFingerprints.Where(f => f.TextHash == fingerprint.TextHash && f.ArticleId != exceptId)
            .OrderBy(f => f.ArticleId).Select(f => (int?)f.ArticleId).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await db.Articles.SingleAsync(a => a.Id == id, cancellationToken);
    }

    /// <summary>The original this text nearly repeats (the earliest such article, itself an original), or null.</summary>
    public async Task<int?> FindOriginalAsync(TextFingerprint fingerprint, int? exceptId, CancellationToken cancellationToken)
    {
        if (!fingerprint.IsComparable)
        {
            return null;
        }

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
        if (replacing)
        {
            await db.ArticleShingleBands.Where(b => b.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
            await db.ArticleFingerprints.Where(f => f.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        }

        // One statement for the fingerprint and its 16 keys: tracking 17 entities per import cost more than the lookup.
        var keys = System.Text.Json.JsonSerializer.Serialize(fingerprint.IsComparable ? fingerprint.BandKeys().Distinct().ToArray() : []);
        var hash = fingerprint.TextHash;
        var signature = fingerprint.SignatureBytes();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "ArticleFingerprints" ("ArticleId", "TextHash", "Signature") VALUES ({articleId}, {hash}, {signature});
            INSERT INTO "ArticleShingleBands" ("Key", "ArticleId") SELECT value, {articleId} FROM json_each({keys});
            """, cancellationToken);
    }
}
