using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Data;

public sealed class StoreSchemaTests
{
    [Fact]
    public void Store_built_by_the_schema_scripts_matches_the_entity_model()
    {
        using var folder = new TempFolder();
        var scripted = $"Data Source={Path.Combine(folder.Path, "scripted.db")}";
        var modelled = $"Data Source={Path.Combine(folder.Path, "modelled.db")}";
        using (var connection = new SqliteConnection(scripted))
        {
            connection.Open();
            StoreSchema.Apply(connection);
        }

        using (var db = new PeaceTalksDbContext(new DbContextOptionsBuilder<PeaceTalksDbContext>().UseSqlite(modelled).Options))
        {
            db.Database.EnsureCreated();
        }

        Assert.Equal(Describe(modelled), Describe(scripted));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Applying_the_scripts_again_keeps_the_articles_already_stored()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "store.db")}");
        connection.Open();
        StoreSchema.Apply(connection);
        Execute(connection, """
            INSERT INTO Articles (Slug, Title, TitleIsDerived, BodyMarkdown, WordCount, OriginalText, ContentHash, SourceFile, SourcePath, ImportedAt, UpdatedAt)
            VALUES ('kept', 'Kept', 0, 'body', 1, 'Kept\nbody', 'h', 'kept.txt', '/kept.txt', 0, 0);
            """);

        var applied = StoreSchema.Apply(connection);

        Assert.Equal(0, applied);
        Assert.Equal(StoreSchema.LatestVersion, StoreSchema.GetVersion(connection));
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM Articles WHERE Slug = 'kept'"));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_store_newer_than_the_app_is_refused_with_a_reason()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "store.db")}");
        connection.Open();
        Execute(connection, $"PRAGMA user_version = {StoreSchema.LatestVersion + 1};");

        var error = Assert.Throws<InvalidOperationException>(() => StoreSchema.Apply(connection));

        Assert.Contains("newer than this build", error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Full_text_index_follows_paragraph_inserts_and_deletes()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.Path, "store.db")}");
        connection.Open();
        StoreSchema.Apply(connection);
        Execute(connection, """
            INSERT INTO Articles (Id, Slug, Title, TitleIsDerived, BodyMarkdown, WordCount, OriginalText, ContentHash, SourceFile, SourcePath, ImportedAt, UpdatedAt)
            VALUES (1, 'a', 'Ceasefire Talks', 0, 'b', 1, 't', 'h', 'a.txt', '/a.txt', 0, 0);
            INSERT INTO Paragraphs (ArticleId, "Index", Heading, Text, Kind, WordCount) VALUES (1, 0, NULL, 'Delegations were negotiating in Istanbul.', 0, 5);
            """);

        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM ParagraphSearch WHERE ParagraphSearch MATCH 'negotiations'"));
        Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM ParagraphSearch WHERE ParagraphSearch MATCH 'Title:ceasefire'"));

        Execute(connection, "DELETE FROM Articles WHERE Id = 1;");

        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM ParagraphSearch"));
        SqliteConnection.ClearAllPools();
    }

    // Tables with their columns (name, type, not null, pk) and indexes with their columns; FTS5 and its shadow tables are script-only.
    private static List<string> Describe(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var lines = new List<string>();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ParagraphSearch%' ORDER BY name");
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

        return lines;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
