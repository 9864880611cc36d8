using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace PeaceTalksTracker.Tests.Data;

/// <summary>What a store is made of and what it holds, as comparable lines, read with plain SQLite.</summary>
internal static partial class StoreShape
{
    /// <summary>Every migration this build has, oldest first: what a store opened by the app ends up with in its history.</summary>
    public static List<string> AllMigrations()
    {
        using var db = new PeaceTalksTracker.Data.DesignTimeDbContextFactory().CreateDbContext([]);
        return [.. Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetMigrations(db.Database)];
    }

    /// <summary>
    /// Tables with their columns (name, type, not null, pk), foreign keys and indexes; the full-text table and the
    /// triggers by their SQL (whitespace folded). EF Core's own bookkeeping tables are left out.
    /// </summary>
    public static List<string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var lines = new List<string>();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ParagraphSearch%' AND name NOT LIKE '__EF%' ORDER BY name");
        foreach (var table in tables)
        {
            foreach (var column in Query(connection, $"SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || pk FROM pragma_table_info('{table}') ORDER BY cid"))
            {
                lines.Add($"{table}.{column}");
            }

            foreach (var fk in Query(connection, $"SELECT \"from\" || '->' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""))
            {
                lines.Add($"{table} fk {fk}");
            }

            foreach (var index in Query(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c' ORDER BY name"))
            {
                var name = index.Split(' ')[0];
                var columns = string.Join(",", Query(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno"));
                lines.Add($"{table} index {index} ({columns})");
            }
        }

        foreach (var sql in Query(connection, "SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE (type = 'trigger' OR name = 'ParagraphSearch') ORDER BY type, name"))
        {
            lines.Add(Whitespace().Replace(sql, " "));
        }

        return lines;
    }

    /// <summary>Every row of every table (the full-text index by its rowid and columns), as text, over the columns named.</summary>
    public static List<string> Rows(SqliteConnection connection, string table, IEnumerable<string> columns)
    {
        return Query(connection, $"SELECT rowid || ': ' || {string.Join(" || '|' || ", columns.Select(c => $"quote(\"{c}\")"))} FROM \"{table}\" ORDER BY rowid");
    }

    public static List<string> Columns(SqliteConnection connection, string table) =>
        Query(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

    public static List<string> Tables(SqliteConnection connection) =>
        Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ParagraphSearch_%' AND name NOT LIKE '__EF%' ORDER BY name");

    public static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
