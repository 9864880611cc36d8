using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PeaceTalksTracker.Data.Migrations;

namespace PeaceTalksTracker.Data;

/// <summary>
/// Opens the store at start: creates its folder and file, turns on WAL, and brings the schema up to date with the EF Core
/// migrations (a new store from their script at once, see <see cref="NewStoreScript"/>; a store made by the old schema
/// scripts taken into the migration history first).
/// </summary>
/// <remarks>
/// <paramref name="appOptions"/>: the app's own context options. Given, the context here shares EF Core's internal
/// services and model with every later context of the app, so the model is built once at start, not twice (each
/// build is a few hundred milliseconds of a command's start).
/// </remarks>
public sealed partial class StoreInitializer(string connectionString, ILogger<StoreInitializer> logger, DbContextOptions<PeaceTalksDbContext>? appOptions = null)
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

            using var db = new PeaceTalksDbContext(appOptions ?? new DbContextOptionsBuilder<PeaceTalksDbContext>().UseSqlite(connection).Options);
            db.Database.SetDbConnection(connection);
            var known = db.Database.GetMigrations().ToList();
            if (LastMigrationIfUpToDate(connection, known) is { } latest)
            {
                LogReady(DataSource, latest, 0);
                return;
            }

            if (known.Count > 0 && NewStoreScript.TryCreate(connection, known, LegacySchema.MigrationsUserVersion))
            {
                LogReady(DataSource, known[^1], known.Count);
                return;
            }

            TakeScriptMadeStoreIntoHistory(connection, db);
            RefuseNewerStore(db);
            var pending = db.Database.GetPendingMigrations().Count();
            if (pending > 0)
            {
                // Only when there is something to apply: Migrate takes a write lock first, and a store that is up to
                // date must open (and serve) while another program holds its write lock.
                db.Database.Migrate();
            }

            if (LegacySchema.GetVersion(connection) != LegacySchema.MigrationsUserVersion)
            {
                SetUserVersion(connection, LegacySchema.MigrationsUserVersion);
            }

            var current = db.Database.GetAppliedMigrations().LastOrDefault() ?? "none";
            LogReady(DataSource, current, pending);
        }
        catch (SqliteException ex)
        {
            throw new StoreUnavailableException(Explain(ex), ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new StoreUnavailableException($"The store '{DataSource}' cannot be used: {ex.Message.TrimEnd('.')}.", ex);
        }
    }

    /// <summary>The id of the migration whose schema is exactly that of the last schema script (0004).</summary>
    public static string BaselineMigrationId { get; } = typeof(InitialCreate).GetCustomAttribute<MigrationAttribute>()!.Id;

    /// <summary>
    /// A store made by the schema scripts (user_version 1 to 4, no migration history) is brought to the last script,
    /// whose schema is the initial migration's, and that migration is recorded as applied: its rows are never copied or
    /// rewritten. The history row and the version mark are written in one transaction.
    /// </summary>
    private void TakeScriptMadeStoreIntoHistory(SqliteConnection connection, PeaceTalksDbContext db)
    {
        var history = db.GetService<IHistoryRepository>();
        if (history.Exists())
        {
            return;
        }

        var version = LegacySchema.GetVersion(connection);
        if (version == 0)
        {
            if (TableExists(connection, "Articles"))
            {
                throw new InvalidOperationException("it holds tables but no schema version or migration history, so it was not made by PeaceTalksTracker; choose another path with ConnectionStrings:PeaceTalks");
            }

            return;
        }

        if (version > LegacySchema.LatestVersion)
        {
            throw new InvalidOperationException(
                $"the store is at schema version {version}, newer than this build knows; run a newer PeaceTalksTracker");
        }

        var applied = LegacySchema.Apply(connection);
        using (var transaction = connection.BeginTransaction())
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = history.GetCreateIfNotExistsScript() + "\n"
                + history.GetInsertScript(new HistoryRow(BaselineMigrationId, EfProductVersion)) + "\n"
                + $"PRAGMA user_version = {LegacySchema.MigrationsUserVersion};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        LogBaselined(DataSource, version, applied, BaselineMigrationId);
    }

    /// <summary>
    /// The store's last migration when it has exactly the migrations this build knows and its version mark, or null when
    /// anything is to be done (or checked) the long way.
    /// </summary>
    /// <remarks>
    /// Why not EF Core's own history calls: before its first query the history repository builds a model of its table
    /// through the model conventions, a quarter of a second of every start of the app and of every command, for one
    /// query of one column. This is that query.
    /// </remarks>
    private static string? LastMigrationIfUpToDate(SqliteConnection connection, List<string> known)
    {
        if (!TableExists(connection, HistoryRepository.DefaultTableName) || LegacySchema.GetVersion(connection) != LegacySchema.MigrationsUserVersion)
        {
            return null;
        }

        var applied = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\" ORDER BY \"MigrationId\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetString(0));
            }
        }

        return applied.Count == known.Count && applied.TrueForAll(known.Contains) ? applied.LastOrDefault() ?? "none" : null;
    }

    /// <summary>A store that has migrations this build does not know was made by a newer build: refused, never downgraded.</summary>
    private static void RefuseNewerStore(PeaceTalksDbContext db)
    {
        var unknown = db.Database.GetAppliedMigrations().Except(db.Database.GetMigrations(), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"its schema has migrations this build does not know ({string.Join(", ", unknown)}), so it is newer than this build; run a newer PeaceTalksTracker");
        }
    }

    private static string EfProductVersion =>
        typeof(DbContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private static bool TableExists(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static void SetUserVersion(SqliteConnection connection, int version)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA user_version = {version};";
        command.ExecuteNonQuery();
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Store {DataSource} ready at migration {Migration} ({Applied} migrations applied)")]
    private partial void LogReady(string dataSource, string migration, int applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Store {DataSource} made by the schema scripts at version {ScriptVersion}: {ScriptsApplied} scripts applied, then recorded as migration {Migration}")]
    private partial void LogBaselined(string dataSource, int scriptVersion, int scriptsApplied, string migration);
}
