using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PeaceTalksTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace PeaceTalksTracker.Tests.Faults;

/// <summary>
/// Issue 16.6 and 16.8: a store that cannot be written stops the import command at its first write, with the store's
/// one-line explanation and a non-zero exit (not 30 s and a rejection per file); two imports of one folder at once
/// store each article once, the later one saying the other got there first.
/// </summary>
public sealed partial class StoreFailureImportTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_import_into_a_store_another_program_holds_locked_stops_at_once_with_one_line_and_a_non_zero_exit()
    {
        var database = Path.Combine(_folder.Path, "locked.db");
        var made = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(2), "import", RepoPaths.Seeds, "--ConnectionStrings:PeaceTalks", $"Data Source={database}");
        Assert.Equal(0, made.ExitCode);
        var articles = Path.Combine(_folder.Path, "articles");
        GeneratedArticles.Write(articles, 20);
        await using var holder = new SqliteConnection($"Data Source={database};Pooling=False");
        await holder.OpenAsync();
        await using (var command = holder.CreateCommand())
        {
            command.CommandText = "BEGIN EXCLUSIVE; DELETE FROM StoreSettings WHERE 0;";
            await command.ExecuteNonQueryAsync();
        }

        var watch = Stopwatch.StartNew();
        var (exitCode, text, _) = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(3),
            "import", articles, "--ConnectionStrings:PeaceTalks", $"Data Source={database};Default Timeout=2");
        watch.Stop();

        output.WriteLine($"exit code {exitCode} after {watch.Elapsed}:\n{text}");
        Assert.NotEqual(0, exitCode);
        Assert.Single(LockedLine().Matches(text));
        Assert.Contains(database, text, StringComparison.Ordinal);
        Assert.DoesNotContain("rejected", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        // File by file, 20 files would wait 2 s each.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task An_import_into_a_store_opened_read_only_stops_at_once_with_one_line_and_a_non_zero_exit()
    {
        // Mode=ReadOnly: SQLite refuses every write, as it does for a read-only file (which root could still write).
        var database = Path.Combine(_folder.Path, "read-only.db");
        var made = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(2), "import", RepoPaths.Seeds, "--ConnectionStrings:PeaceTalks", $"Data Source={database}");
        Assert.Equal(0, made.ExitCode);
        var articles = Path.Combine(_folder.Path, "articles");
        GeneratedArticles.Write(articles, 20);

        var (exitCode, text, _) = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(3),
            "import", articles, "--ConnectionStrings:PeaceTalks", $"Data Source={database};Mode=ReadOnly");

        output.WriteLine($"exit code {exitCode}:\n{text}");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("cannot be opened for writing", text, StringComparison.Ordinal);
        Assert.Contains(database, text, StringComparison.Ordinal);
        Assert.DoesNotContain("rejected", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Equal(5, Count(database, "SELECT COUNT(*) FROM Articles"));
    }

    [Fact]
    public async Task Two_imports_of_the_same_folder_at_once_store_each_article_once_and_the_later_says_the_other_got_there_first()
    {
        const int files = 600;
        var articles = Path.Combine(_folder.Path, "articles");
        GeneratedArticles.Write(articles, files);
        var database = Path.Combine(_folder.Path, "store.db");
        var made = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(2), "import", RepoPaths.Seeds, "--ConnectionStrings:PeaceTalks", $"Data Source={database}");
        Assert.Equal(0, made.ExitCode);
        // The generated articles repeat one another's text; with duplicate detection they would be one article, and this
        // test is about two imports racing, not about duplicates.
        string[] import = ["import", articles, "--ConnectionStrings:PeaceTalks", $"Data Source={database}", "--Import:BatchFiles", "50", "--Cleaning:DetectDuplicates", "false"];

        var runs = await Task.WhenAll(
            AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(5), import),
            AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(5), import));

        var summaries = new List<Match>();
        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}:\n{run.Output}");
            Assert.DoesNotContain("UNIQUE", run.Output, StringComparison.Ordinal);
            var summary = Summary().Match(run.Output);
            Assert.True(summary.Success, run.Output);
            output.WriteLine(summary.Value);
            summaries.Add(summary);
        }

        int Sum(string group) => summaries.Sum(m => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(files, Sum("imported"));
        Assert.Equal(files, Sum("unchanged"));
        Assert.Equal(0, Sum("rejected"));
        Assert.Equal(files + 5, Count(database, "SELECT COUNT(*) FROM Articles"));
        Assert.Equal(files + 5, Count(database, "SELECT COUNT(DISTINCT SourcePath) FROM Articles"));
        // When both stored some, their batches interleaved: one of them found stored what it had found missing, and says so.
        Assert.True(summaries.Any(m => m.Groups["imported"].Value == "0") || runs.Any(r => r.Output.Contains("of the unchanged were stored meanwhile by another import running at the same time", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static long Count(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [GeneratedRegex(@"(?<imported>\d+) imported, \d+ updated, (?<unchanged>\d+) unchanged, (?<rejected>\d+) rejected")]
    private static partial Regex Summary();

    [GeneratedRegex("is locked by another program")]
    private static partial Regex LockedLine();
}
