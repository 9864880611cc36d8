using Microsoft.Data.Sqlite;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Faults;

/// <summary>
/// The import command killed outright (SIGKILL) half-way through a big folder: the store opens cleanly,
/// and running the import again completes it, with no duplicate and no article missing its paragraphs.
/// </summary>
public sealed class KilledImportTests : IDisposable
{
    private const int Files = 2000;
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_import_killed_midway_leaves_a_sound_store_and_a_rerun_completes_it_without_duplicates()
    {
        var articles = Path.Combine(_folder.Path, "articles");
        GeneratedArticles.Write(articles, Files);
        var database = Path.Combine(_folder.Path, "store.db");
        // Small batches, so that the kill falls between commits with some stored and some not (by default 2,000 files
        // are one batch, committed at once).
        string[] import = ["import", articles, "--ConnectionStrings:PeaceTalks", $"Data Source={database}", "--Import:BatchFiles", "100"];

        await using (var first = AppProcess.Start(_folder.Path, import))
        {
            var before = await WaitForArticlesAsync(database, first, atLeast: 25);
            first.Kill();
            await first.WaitForExitAsync();
            Assert.True(before < Files, $"the import finished ({before} articles) before it could be killed; give it more files");
        }

        var afterKill = Count(database, "SELECT COUNT(*) FROM Articles");
        Assert.InRange(afterKill, 1, Files - 1);
        Assert.Equal("ok", Scalar(database, "PRAGMA integrity_check"));
        Assert.Equal(0, Count(database, "SELECT COUNT(*) FROM Articles a WHERE NOT EXISTS (SELECT 1 FROM Paragraphs p WHERE p.ArticleId = a.Id)"));

        var rerun = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(8), import);

        Assert.True(rerun.ExitCode == 0, $"the re-run import failed with {rerun.ExitCode}:\n{rerun.Output}");
        Assert.Equal("ok", Scalar(database, "PRAGMA integrity_check"));
        Assert.Equal(Files, Count(database, "SELECT COUNT(*) FROM Articles"));
        Assert.Equal(Files, Count(database, "SELECT COUNT(DISTINCT SourcePath) FROM Articles"));
        Assert.Equal(Files, Count(database, "SELECT COUNT(DISTINCT Slug) FROM Articles"));
        Assert.Equal(0, Count(database, "SELECT COUNT(*) FROM Articles a WHERE NOT EXISTS (SELECT 1 FROM Paragraphs p WHERE p.ArticleId = a.Id)"));
        Assert.Equal(
            Enumerable.Range(0, Files).Sum(i => GeneratedArticles.ParagraphCount(i, 1)),
            Count(database, "SELECT COUNT(*) FROM Paragraphs"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static async Task<int> WaitForArticlesAsync(string database, AppProcess import, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (import.HasExited)
            {
                throw new InvalidOperationException($"The import exited with {import.ExitCode} before it could be killed:\n{import.Output}");
            }

            // The store may not exist yet, or its schema may be half-way through creation.
            try
            {
                var count = File.Exists(database) ? Count(database, "SELECT COUNT(*) FROM Articles") : 0;
                if (count >= atLeast)
                {
                    return count;
                }
            }
            catch (SqliteException)
            {
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"The import wrote fewer than {atLeast} articles in 3 minutes:\n{import.Output}");
    }

    private static int Count(string database, string sql) => Convert.ToInt32(Scalar(database, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static object? Scalar(string database, string sql)
    {
        // Pooling off: a pooled connection would keep the file open across the kill and the re-run.
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
