using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PeaceTalksTracker.Data;

public static class ReadSnapshot
{
    /// <summary>
    /// Starts a deferred (read-only) transaction, so that the several statements of a split query read one committed
    /// state: without it, an import committing between them could pair an article's old title with its new paragraphs.
    /// Under WAL it takes no lock that writers wait on. Dispose it when the reads are done.
    /// </summary>
    public static async Task<DbTransaction> BeginReadSnapshotAsync(this PeaceTalksDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return transaction;
    }
}
