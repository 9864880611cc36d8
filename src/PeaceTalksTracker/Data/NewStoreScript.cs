using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PeaceTalksTracker.Data;

/// <summary>
/// Creates a brand-new store from every migration at once, with the SQL EF Core's migrator generates for them
/// (<c>Data/Migrations/NewStore.sql</c>, made by <c>dotnet ef migrations script --no-transactions</c>), instead of
/// through the migrator itself.
/// </summary>
/// <remarks>
/// Why: to apply a migration the migrator builds the model the migration targets (its designer file) through the model
/// conventions; five such builds were 1.1–1.5 s of every start on an empty folder, and each import benchmark run starts
/// on one. The script is the same statements, run in one transaction. Tests keep it honest: it must be exactly what
/// the migrator generates today, and a store it makes must equal one the migrator makes. At run time it is used only on
/// a store with no table at all, and only if it records exactly the migrations this build has; anything else goes the
/// migrator's way.
/// </remarks>
internal static class NewStoreScript
{
    public const string ResourceName = "PeaceTalksTracker.Data.Migrations.NewStore.sql";

    public static string Sql { get; } = Load();

    /// <summary>
    /// Applies the script if the store holds no table, under the write lock, marking the store with
    /// <paramref name="userVersion"/>; false (and nothing changed) when the store is not empty or the script does not
    /// record exactly <paramref name="migrations"/>.
    /// </summary>
    public static bool TryCreate(SqliteConnection connection, IReadOnlyCollection<string> migrations, int userVersion)
    {
        // Looked at before taking the write lock: a store that exists must open while another program holds that lock.
        if (HasTables(connection, transaction: null))
        {
            return false;
        }

        // IMMEDIATE: the write lock first, so two programs opening the same new store cannot both create it.
        using var transaction = connection.BeginTransaction(deferred: false);
        if (HasTables(connection, transaction))
        {
            return false;
        }

        Execute(connection, transaction, Sql + $"\nPRAGMA user_version = {userVersion};");
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{HistoryRepository.DefaultTableName}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                recorded.Add(reader.GetString(0));
            }
        }

        if (!recorded.SetEquals(migrations))
        {
            // A build whose script was not regenerated after a migration was added: the migrator makes the store instead.
            transaction.Rollback();
            return false;
        }

        transaction.Commit();
        return true;
    }

    private static bool HasTables(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table')";
        return command.ExecuteScalar() is long and not 0;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build lacks its embedded {ResourceName}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
