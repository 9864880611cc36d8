using Microsoft.Data.Sqlite;

namespace PeaceTalksTracker.Data;

/// <summary>
/// A number that changes whenever anything is committed to the store, by this process or another one (the
/// <c>import</c> command, a re-tag): the key under which pages and aggregates are cached, so an import shows at once.
/// </summary>
/// <remarks>
/// It is SQLite's <c>PRAGMA data_version</c> read on one connection kept open for the purpose: the value changes when
/// any other connection commits, and reading it only looks at the shared WAL index, so asking on every request costs
/// microseconds. The connection never writes, so its own commits cannot go unseen. When the store cannot be read the
/// version is a fresh number each time, so nothing is served from a cache that might be stale.
/// </remarks>
public sealed class StoreVersion(string connectionString) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private long _unreadable;
    private bool _disposed;

    public long Current
    {
        get
        {
            lock (_lock)
            {
                if (_disposed)
                {
                    return NextUnreadable();
                }

                try
                {
                    _connection ??= Open(connectionString);
                    using var command = _connection.CreateCommand();
                    command.CommandText = "PRAGMA data_version";
                    return (long)command.ExecuteScalar()!;
                }
                catch (SqliteException)
                {
                    _connection?.Dispose();
                    _connection = null;
                    return NextUnreadable();
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _connection?.Dispose();
            _connection = null;
        }
    }

    // Negative, so it never equals a real data_version.
    private long NextUnreadable() => -Interlocked.Increment(ref _unreadable);

    private static SqliteConnection Open(string connectionString)
    {
        // Its own and unpooled: it lives as long as the app and only ever runs this pragma. (Not opened read-only: a
        // read-only connection cannot open a WAL store whose -shm file is missing. ReadWrite, not ReadWriteCreate: a
        // missing store stays missing.)
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }
}
