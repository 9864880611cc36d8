using System.Reflection;
using Microsoft.Data.Sqlite;

namespace PeaceTalksTracker.Data;

/// <summary>
/// Creates and evolves the store's schema without <c>dotnet ef</c> (its Design package cannot be restored here).
/// Schema changes are an ordered, append-only list of SQL scripts embedded from <c>Data/Schema/NNNN_name.sql</c>;
/// <c>PRAGMA user_version</c> records how many have been applied, and each applies in its own transaction,
/// so an existing store is upgraded in place and a user's articles are never dropped.
/// </summary>
public static class StoreSchema
{
    private const string ResourcePrefix = "PeaceTalksTracker.Data.Schema.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = LoadMigrations();

    public static int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    /// <summary>Applies every script newer than the store's version; returns how many were applied.</summary>
    public static int Apply(SqliteConnection connection)
    {
        var current = GetVersion(connection);
        if (current > LatestVersion)
        {
            throw new InvalidOperationException(
                $"the store is at schema version {current}, newer than this build knows ({LatestVersion}); run a newer PeaceTalksTracker");
        }

        var applied = 0;
        foreach (var (version, _, sql) in Migrations.Where(m => m.Version > current))
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
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<(int, string, string)> LoadMigrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<(int, string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var fileName = name[ResourcePrefix.Length..];
            var version = int.Parse(fileName.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            list.Add((version, fileName, reader.ReadToEnd()));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"schema scripts must be numbered 0001, 0002, ... without gaps; found {list[i].Item2}");
            }
        }

        return list;
    }
}
