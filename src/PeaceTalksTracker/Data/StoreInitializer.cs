using Microsoft.Data.Sqlite;

namespace PeaceTalksTracker.Data;

/// <summary>Opens the store at start: creates its folder and file, turns on WAL, and brings the schema up to date.</summary>
public sealed partial class StoreInitializer(string connectionString, ILogger<StoreInitializer> logger)
{
    public string DataSource { get; } = new SqliteConnectionStringBuilder(connectionString).DataSource;

    public void Initialize()
    {
        var isFile = DataSource.Length > 0 && DataSource != ":memory:" && !DataSource.StartsWith("file:", StringComparison.Ordinal);
        if (isFile)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(DataSource));
            try
            {
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new StoreUnavailableException($"Cannot create the folder for the store '{DataSource}': {ex.Message.TrimEnd('.')}. Choose another path with ConnectionStrings:PeaceTalks.", ex);
            }
        }

        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                // WAL lets readers keep reading the last committed state while an import writes.
                command.CommandText = "PRAGMA journal_mode = WAL;";
                command.ExecuteNonQuery();
            }

            var applied = StoreSchema.Apply(connection);
            var version = StoreSchema.GetVersion(connection);
            LogReady(DataSource, version, applied);
        }
        catch (SqliteException ex)
        {
            throw new StoreUnavailableException(Explain(ex), ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new StoreUnavailableException($"The store '{DataSource}' cannot be used: {ex.Message}.", ex);
        }
    }

    /// <summary>One line a user can act on: which file, what is wrong, what to do.</summary>
    public string Explain(SqliteException ex) => ex.SqliteErrorCode switch
    {
        // SQLITE_BUSY, SQLITE_LOCKED
        5 or 6 => $"The store '{DataSource}' is locked by another program. Close the other PeaceTalksTracker (or whatever holds the file) and start again.",
        // SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM
        8 or 14 or 3 => $"The store '{DataSource}' cannot be opened for writing ({ex.Message}). Check the file and its folder are writable, or choose another path with ConnectionStrings:PeaceTalks.",
        // SQLITE_FULL
        13 => $"The disk holding the store '{DataSource}' is full ({ex.Message}). Free some space, or choose another path with ConnectionStrings:PeaceTalks, and start again.",
        // SQLITE_IOERR
        10 => $"The store '{DataSource}' could not be read or written ({ex.Message}). Check the disk and the file, and start again.",
        // SQLITE_CORRUPT, SQLITE_NOTADB
        11 or 26 => $"The store '{DataSource}' is not a valid database or is damaged ({ex.Message}). Move it aside (or delete it) and start again: the articles will be re-imported from their files.",
        _ => $"The store '{DataSource}' cannot be opened: {ex.Message}",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Store {DataSource} ready at schema version {SchemaVersion} ({Applied} scripts applied)")]
    private partial void LogReady(string dataSource, int schemaVersion, int applied);
}
