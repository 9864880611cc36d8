using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Tests.TestSupport;
using static PeaceTalksTracker.Tests.Data.StoreShape;

namespace PeaceTalksTracker.Tests.Data;

public sealed class StoreSchemaTests
{
    [Fact]
    public void The_migrations_describe_the_entity_model_with_no_change_left_to_scaffold()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The entity configurations changed without a migration: run `dotnet ef migrations add Name --project src/PeaceTalksTracker`.");
    }

    [Fact]
    public void Store_made_by_the_migrations_matches_the_entity_model()
    {
        using var folder = new TempFolder();
        var migrated = Initialized(folder, "migrated.db");
        var modelled = MadeBy(folder, "modelled.db", db => db.Database.EnsureCreated());

        // EnsureCreated knows nothing of the full-text index and its triggers: compare the tables and indexes only.
        Assert.Equal(Describe(modelled), Describe(migrated).Where(l => !l.StartsWith("trigger ", StringComparison.Ordinal) && !l.StartsWith("table ParagraphSearch", StringComparison.Ordinal)));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void The_new_store_script_is_exactly_what_the_migrator_generates_for_every_migration()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Script | MigrationsSqlGenerationOptions.NoTransactions);

        Assert.True(Lines(generated).SequenceEqual(Lines(NewStoreScript.Sql)),
            "Data/Migrations/NewStore.sql is not the migrations' script: run `dotnet ef migrations script --no-transactions --project src/PeaceTalksTracker --output src/PeaceTalksTracker/Data/Migrations/NewStore.sql`.");
    }

    [Fact]
    public void A_new_store_made_from_the_script_is_the_store_the_migrator_makes()
    {
        using var folder = new TempFolder();
        var scripted = Initialized(folder, "scripted.db");
        var migrated = MadeBy(folder, "migrated.db", db => db.GetService<IMigrator>().Migrate());

        // Every schema object by its SQL, and the history's rows; the migrator's own lock table is not schema.
        const string Schema = "SELECT type || ' ' || name || ' on ' || tbl_name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE '__EFMigrationsLock%' ORDER BY type, name";
        const string History = "SELECT MigrationId || ' ' || ProductVersion FROM __EFMigrationsHistory ORDER BY MigrationId";
        using var fromScript = new SqliteConnection(scripted);
        using var fromMigrator = new SqliteConnection(migrated);
        fromScript.Open();
        fromMigrator.Open();
        Assert.Equal(Query(fromMigrator, Schema), Query(fromScript, Schema));
        Assert.Equal(Query(fromMigrator, History), Query(fromScript, History));
        Assert.Equal(AllMigrations().Count, Query(fromScript, History).Count);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void The_script_is_not_used_and_changes_nothing_when_it_lacks_a_migration_this_build_has()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        var created = NewStoreScript.TryCreate(connection, [.. AllMigrations(), "29991231000000_NotInTheScript"], LegacySchema.MigrationsUserVersion);

        Assert.False(created);
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master"));
        Assert.Equal(0, LegacySchema.GetVersion(connection));
    }

    [Fact]
    public void The_script_is_not_used_on_a_store_that_holds_a_table()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE Other (Id INTEGER);");

        Assert.False(NewStoreScript.TryCreate(connection, AllMigrations(), LegacySchema.MigrationsUserVersion));
        Assert.Equal(["Other"], Query(connection, "SELECT name FROM sqlite_master"));
    }

    [Fact]
    public void Store_made_by_the_migrations_has_exactly_the_schema_the_last_schema_script_gave_with_its_search_index()
    {
        using var folder = new TempFolder();

        // Up to the baseline only: the migrations after it (OutletCountedIndex...) add what the scripts never had.
        var migrated = MadeBy(folder, "migrated.db", db => db.GetService<IMigrator>().Migrate(StoreInitializer.BaselineMigrationId));

        var scripted = $"Data Source={Path.Combine(folder.Path, "scripted.db")}";
        using (var connection = new SqliteConnection(scripted))
        {
            connection.Open();
            LegacySchema.Apply(connection);
        }

        var expected = Describe(scripted);
        Assert.Contains(expected, l => l.StartsWith("table ParagraphSearch: CREATE VIRTUAL TABLE", StringComparison.Ordinal));
        Assert.Equal(4, expected.Count(l => l.StartsWith("trigger ", StringComparison.Ordinal)));
        Assert.Equal(expected, Describe(migrated));
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Opening_the_store_again_keeps_the_articles_already_stored_and_applies_nothing()
    {
        using var folder = new TempFolder();
        var connectionString = Initialized(folder, "store.db", then: """
            INSERT INTO Articles (Slug, Title, TitleIsDerived, BodyMarkdown, WordCount, OriginalText, ContentHash, SourceFile, SourcePath, ImportedAt, UpdatedAt)
            VALUES ('kept', 'Kept', 0, 'body', 1, 'Kept\nbody', 'h', 'kept.txt', '/kept.txt', 0, 0);
            """);

        new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize();

        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM Articles WHERE Slug = 'kept'"));
            Assert.Equal(AllMigrations(), Query(connection, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId"));
        }

        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_store_made_by_the_migrations_is_marked_so_that_builds_from_before_them_refuse_it()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection(Initialized(folder, "store.db"));
        connection.Open();

        // Builds of the schema-script era refuse any user_version above their last script (4) as "newer than this build".
        Assert.True(LegacySchema.GetVersion(connection) > LegacySchema.LatestVersion);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_store_with_a_migration_this_build_does_not_know_is_refused_in_one_line()
    {
        using var folder = new TempFolder();
        var connectionString = Initialized(folder, "store.db", then: "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '11.0.0');");

        var error = Assert.Throws<StoreUnavailableException>(() => new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize());

        Assert.Contains("newer than this build", error.Message, StringComparison.Ordinal);
        Assert.Contains("29991231000000_FromTheFuture", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_store_with_as_many_migrations_as_this_build_but_one_unknown_is_refused()
    {
        // The up-to-date check at start compares the sets, not only their sizes: the last known migration's row
        // replaced by a newer build's is still a newer store.
        using var folder = new TempFolder();
        var connectionString = Initialized(folder, "store.db", then: $"UPDATE __EFMigrationsHistory SET MigrationId = '29991231000000_FromTheFuture' WHERE MigrationId = '{AllMigrations()[^1]}';");

        var error = Assert.Throws<StoreUnavailableException>(() => new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize());

        Assert.Contains("29991231000000_FromTheFuture", error.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void A_script_made_store_above_the_last_script_is_refused_in_one_line()
    {
        using var folder = new TempFolder();
        var connectionString = $"Data Source={Path.Combine(folder.Path, "store.db")}";
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            LegacySchema.Apply(connection);
            Execute(connection, $"PRAGMA user_version = {LegacySchema.LatestVersion + 1};");
        }

        var error = Assert.Throws<StoreUnavailableException>(() => new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize());

        Assert.Contains("newer than this build", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public void Full_text_index_follows_paragraph_inserts_and_deletes()
    {
        using var folder = new TempFolder();
        using var connection = new SqliteConnection(Initialized(folder, "store.db"));
        connection.Open();
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

    /// <summary>A new store as the app's start makes it, then changed by <paramref name="then"/> (SQL) when given.</summary>
    private static string Initialized(TempFolder folder, string name, string? then = null)
    {
        var connectionString = $"Data Source={Path.Combine(folder.Path, name)}";
        new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize();
        if (then is not null)
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Execute(connection, then);
        }

        return connectionString;
    }

    /// <summary>A store made by <paramref name="make"/> through a context of its own (EF Core's way, not the app's start).</summary>
    private static string MadeBy(TempFolder folder, string name, Action<PeaceTalksDbContext> make)
    {
        var connectionString = $"Data Source={Path.Combine(folder.Path, name)}";
        using var db = new PeaceTalksDbContext(new DbContextOptionsBuilder<PeaceTalksDbContext>().UseSqlite(connectionString).Options);
        make(db);
        return connectionString;
    }

    private static string[] Lines(string sql) => sql.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim().Split('\n');
}
