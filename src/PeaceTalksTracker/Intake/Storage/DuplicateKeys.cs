using System.Data.Common;
using PeaceTalksTracker.Intake.Cleaning;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// The text hashes and band keys the store holds, kept in memory for one import run, so that the question every file
/// asks ("could any stored article be this text, or a near copy of it?") costs a hash lookup, not two queries. Almost
/// every answer is no; a yes is only a maybe, and <see cref="DuplicateFinder"/> asks the store as before.
/// </summary>
/// <remarks>
/// Keys are only ever added, never removed, so the sets hold at least what the store holds (a superset can only cost a
/// query, never miss a duplicate). Each batch calls <see cref="RefreshAsync"/> after taking the write lock: it reads the
/// keys of articles stored since the last refresh (another import running at the same time), by article id, and the
/// batch adds its own keys as it stores them and says when it committed. What it does not see is another import re-keying an article stored
/// before this run began (an edited file imported by two imports at once); that file is then compared as it was.
/// </remarks>
public sealed class DuplicateKeys
{
    private readonly HashSet<string> _textHashes = new(StringComparer.Ordinal);
    private readonly HashSet<long> _bandKeys = [];
    private long _readUpTo;
    private long _addedUpTo;

    /// <summary>Whether some stored article may have exactly these words.</summary>
    public bool MayHaveSameText(TextFingerprint fingerprint) => _textHashes.Contains(fingerprint.TextHash);

    /// <summary>Whether some stored article shares a band with this text, so may nearly repeat it.</summary>
    public bool MayHaveNearCopy(TextFingerprint fingerprint) => fingerprint.BandKeys().Any(_bandKeys.Contains);

    /// <summary>Adds the keys of an article stored (or re-keyed) by this run.</summary>
    public void Add(int articleId, TextFingerprint fingerprint)
    {
        _textHashes.Add(fingerprint.TextHash);
        if (fingerprint.IsComparable)
        {
            _bandKeys.UnionWith(fingerprint.BandKeys());
        }

        _addedUpTo = Math.Max(_addedUpTo, articleId);
    }

    /// <summary>
    /// The batch that added keys committed: every article up to the highest id it stored is now known. The batch held the
    /// write lock since its refresh, so no other import stored an article in between. A batch rolled back instead never
    /// calls this, and its ids (which the store may hand out again) are read again by the next refresh.
    /// </summary>
    public void Committed() => _readUpTo = Math.Max(_readUpTo, _addedUpTo);

    /// <summary>Reads the keys of the articles stored since the last refresh; call it under the batch's write lock.</summary>
    public async Task RefreshAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var from = _readUpTo;
        _addedUpTo = _readUpTo;
        await using (var hashes = StoreCommand.Create(connection, transaction, """SELECT "ArticleId", "TextHash" FROM "ArticleFingerprints" WHERE "ArticleId" > $from""", ("$from", from)))
        await using (var reader = await hashes.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                _readUpTo = Math.Max(_readUpTo, reader.GetInt64(0));
                _textHashes.Add(reader.GetString(1));
            }
        }

        await using var bands = StoreCommand.Create(connection, transaction, """SELECT "Key" FROM "ArticleShingleBands" WHERE "ArticleId" > $from""", ("$from", from));
        await using var keys = await bands.ExecuteReaderAsync(cancellationToken);
        while (await keys.ReadAsync(cancellationToken))
        {
            _bandKeys.Add(keys.GetInt64(0));
        }
    }
}
