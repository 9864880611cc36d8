using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PeaceTalksTracker.Data;

/// <summary>
/// Stops a running SQLite statement when a request is abandoned. Microsoft.Data.Sqlite runs statements synchronously
/// and its <c>Cancel()</c> does nothing, so a cancelled token alone would leave a long search running to its end on a
/// core nobody waits for; <c>sqlite3_interrupt</c> makes the statement return SQLITE_INTERRUPT at its next step.
/// </summary>
public static class StatementInterrupt
{
    public const int SqliteInterruptCode = 9;

    /// <summary>
    /// Interrupts whatever runs on <paramref name="connection"/> when <paramref name="cancellationToken"/> fires.
    /// Dispose the registration before the connection goes back to the pool, so no later statement of another request
    /// can be hit.
    /// </summary>
    public static CancellationTokenRegistration InterruptOnCancel(this DbConnection connection, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || connection is not SqliteConnection sqlite)
        {
            return default;
        }

        return cancellationToken.Register(static state =>
        {
            if (((SqliteConnection)state!).Handle is { } handle)
            {
                SQLitePCL.raw.sqlite3_interrupt(handle);
            }
        }, sqlite);
    }

    /// <summary>True when <paramref name="exception"/> is the statement stopping because the token fired.</summary>
    public static bool IsInterruptBy(this SqliteException exception, CancellationToken cancellationToken) =>
        exception.SqliteErrorCode == SqliteInterruptCode && cancellationToken.IsCancellationRequested;
}
