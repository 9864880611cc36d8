using Microsoft.Data.Sqlite;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Data;

public sealed class StoreVersionTests
{
    [Fact]
    public void The_version_changes_when_another_connection_commits_and_only_then()
    {
        using var folder = new TempFolder();
        var connectionString = $"Data Source={Path.Combine(folder.Path, "store.db")};Pooling=False";
        using (var create = new SqliteConnection(connectionString))
        {
            create.Open();
            Execute(create, "PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);");
        }

        using var version = new StoreVersion(connectionString);
        var first = version.Current;
        Assert.True(first >= 0);
        Assert.Equal(first, version.Current);

        using (var writer = new SqliteConnection(connectionString))
        {
            writer.Open();
            Execute(writer, "INSERT INTO t VALUES (1)");
        }

        var second = version.Current;
        Assert.NotEqual(first, second);
        Assert.Equal(second, version.Current);
    }

    [Fact]
    public void A_store_that_cannot_be_opened_never_gives_the_same_version_twice_and_is_not_created()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "missing.db");
        using var version = new StoreVersion($"Data Source={path}");

        var first = version.Current;
        var second = version.Current;

        Assert.True(first < 0 && second < 0);
        Assert.NotEqual(first, second);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task A_cancelled_token_interrupts_the_statement_it_guards()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        // Counts to ten billion: minutes of work unless interrupted.
        command.CommandText = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000000) SELECT count(*) FROM c";
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            using var interrupt = connection.InterruptOnCancel(cancel.Token);
            await Task.Run(() => command.ExecuteScalar(), CancellationToken.None);
        });

        Assert.True(error.IsInterruptBy(cancel.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal(1L, new SqliteCommand("SELECT 1", connection).ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
