using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Tells a failure of the store itself (locked, read-only, full, damaged) from a failure of one article. The first
/// kind fails every file after it the same way, so the import stops at the first one; the second rejects that file only.
/// </summary>
public static class StoreFailure
{
    // SQLITE_PERM, BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
    private static readonly HashSet<int> StoreLevelCodes = [3, 5, 6, 8, 10, 11, 13, 14, 26];

    public static bool IsStoreLevel(Exception exception) => StoreError(exception) is not null;

    /// <summary>The SQLite error behind <paramref name="exception"/> when it is a store-level one; null otherwise.</summary>
    public static SqliteException? StoreError(Exception exception) => exception switch
    {
        SqliteException sqlite when StoreLevelCodes.Contains(sqlite.SqliteErrorCode) => sqlite,
        DbUpdateException { InnerException: SqliteException inner } when StoreLevelCodes.Contains(inner.SqliteErrorCode) => inner,
        _ => null,
    };
}
