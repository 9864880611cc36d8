using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace PeaceTalksTracker.Data;

/// <summary>
/// The hand-written schema scripts that made stores before the schema moved to EF Core migrations
/// (<c>Data/LegacySchema/0001…0004</c>, frozen: a schema change is now a migration). <c>PRAGMA user_version</c>
/// counts the scripts applied to such a store; <see cref="StoreInitializer"/> brings it to the last script, whose
/// schema is exactly the initial migration's, and then records that migration as applied.
/// </summary>
public static class LegacySchema
{
    private const string ResourcePrefix = "PeaceTalksTracker.Data.LegacySchema.";

    /// <summary>
    /// The <c>user_version</c> of a store whose schema is kept by the migrations. It is above every script version, so a
    /// build from before the migrations refuses such a store as newer than itself instead of running script 0001 on it.
    /// </summary>
    public const int MigrationsUserVersion = 1000;

    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = LoadScripts();

    public static int LatestVersion => Scripts[^1].Version;

    /// <summary>Applies, each in its own transaction with its version bump, every script above the store's version up to <paramref name="upTo"/>.</summary>
    public static int Apply(SqliteConnection connection, int? upTo = null)
    {
        var target = upTo ?? LatestVersion;
        var applied = 0;
        foreach (var (version, _, sql) in Scripts.Where(s => s.Version > GetVersion(connection) && s.Version <= target))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql + $"\nPRAGMA user_version = {version};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            applied++;
        }

        return applied;
    }

    public static int GetVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<(int, string, string)> LoadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<(int, string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var fileName = name[ResourcePrefix.Length..];
            var version = int.Parse(fileName.AsSpan(0, 4), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add((version, fileName, reader.ReadToEnd()));
        }

        return list;
    }
}
