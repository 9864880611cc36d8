using Microsoft.Data.Sqlite;
using PeaceTalksTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace PeaceTalksTracker.Tests.Faults;

/// <summary>
/// A store that is locked, read-only or corrupt when the app starts: one clear message naming the file and what
/// to do, a non-zero exit code, and no stack trace. The app runs as a process, as a user would start it.
/// </summary>
public sealed class UnusableStoreTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_corrupt_store_is_named_with_advice_to_move_it_aside()
    {
        var database = Path.Combine(_folder.Path, "corrupt.db");
        var bytes = new byte[64 * 1024];
        new Random(6).NextBytes(bytes);
        await File.WriteAllBytesAsync(database, bytes);

        var (exitCode, text) = await StartAsync(database);

        AssertClearFailure(exitCode, text, database);
        Assert.Contains("not a valid database or is damaged", text, StringComparison.Ordinal);
        Assert.Contains("Move it aside", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_whose_pages_are_damaged_after_the_header_is_named_too()
    {
        // A real store with its later pages overwritten: the header still says SQLite, the rest is garbage.
        var database = Path.Combine(_folder.Path, "damaged.db");
        var made = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(2), "import", RepoPaths.Seeds, "--ConnectionStrings:PeaceTalks", $"Data Source={database}");
        Assert.Equal(0, made.ExitCode);
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(database);
        var garbage = new byte[bytes.Length - 100];
        new Random(7).NextBytes(garbage);
        garbage.CopyTo(bytes, 100);
        await File.WriteAllBytesAsync(database, bytes);
        File.Delete(database + "-wal");
        File.Delete(database + "-shm");

        var (exitCode, text) = await StartAsync(database);

        AssertClearFailure(exitCode, text, database);
    }

    [Fact]
    public async Task A_store_locked_by_another_program_is_named_with_advice_to_close_it()
    {
        var database = Path.Combine(_folder.Path, "locked.db");
        await using var holder = new SqliteConnection($"Data Source={database};Pooling=False");
        await holder.OpenAsync();
        await using (var create = holder.CreateCommand())
        {
            create.CommandText = "CREATE TABLE Other(Id INTEGER); BEGIN EXCLUSIVE; INSERT INTO Other VALUES (1);";
            await create.ExecuteNonQueryAsync();
        }

        // A short busy timeout, or the app would rightly wait 30 s for the other program first.
        var (exitCode, text) = await StartAsync(database, "Default Timeout=2");

        AssertClearFailure(exitCode, text, database);
        Assert.Contains("is locked by another program", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_lock_held_by_another_program_during_the_start_up_import_stops_it_with_the_reason_logged_and_the_app_still_serves()
    {
        // An existing store (WAL): readers get through the other program's lock, the start-up import's writes do not.
        // The import stops at its first write (not file by file), the reason is logged, and the app serves what the store holds.
        var database = Path.Combine(_folder.Path, "busy.db");
        var made = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(2), "import", RepoPaths.Seeds, "--ConnectionStrings:PeaceTalks", $"Data Source={database}");
        Assert.Equal(0, made.ExitCode);
        var newSeeds = Path.Combine(_folder.Path, "new-seeds");
        GeneratedArticles.Write(newSeeds, 2);
        await using var holder = new SqliteConnection($"Data Source={database};Pooling=False");
        await holder.OpenAsync();
        await using (var command = holder.CreateCommand())
        {
            command.CommandText = "BEGIN EXCLUSIVE; DELETE FROM StoreSettings;";
            await command.ExecuteNonQueryAsync();
        }

        await using var app = await AppProcess.ServeAsync(database, newSeeds, _folder.Path, "--ConnectionStrings:PeaceTalks", $"Data Source={database};Default Timeout=2");
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var home = await client.GetAsync("/");

        output.WriteLine(app.Output);
        Assert.Equal(200, (int)home.StatusCode);
        Assert.Contains("Start-up import of", app.Output, StringComparison.Ordinal);
        Assert.Contains("is locked by another program", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("article-00001.txt", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_whose_folder_cannot_be_created_is_named_with_advice_to_choose_another_path()
    {
        // A path whose parent is a file: refused even to root, unlike permission bits.
        var blocker = _folder.File("not-a-folder", "a file where the store's folder should be");
        var database = Path.Combine(blocker, "store.db");

        var (exitCode, text) = await StartAsync(database);

        AssertClearFailure(exitCode, text, database);
        Assert.Contains("Choose another path", text, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_read_only_store_is_named_with_advice_to_make_it_writable()
    {
        var readOnlyFolder = Path.Combine(_folder.Path, "read-only");
        var database = Path.Combine(readOnlyFolder, "store.db");
        var made = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(2), "import", RepoPaths.Seeds, "--ConnectionStrings:PeaceTalks", $"Data Source={database}");
        Assert.Equal(0, made.ExitCode);
        SqliteConnection.ClearAllPools();
        File.Delete(database + "-wal");
        File.Delete(database + "-shm");
        File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(readOnlyFolder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            if (PermissionsAreIgnored(database))
            {
                // Root writes through permission bits, so there is nothing read-only to report; the folder case above
                // covers an unusable path for root.
                output.WriteLine("Running as root: permission bits do not stop writes here, so the read-only message cannot be provoked.");
                return;
            }

            var (exitCode, text) = await StartAsync(database);

            AssertClearFailure(exitCode, text, database);
            Assert.Contains("writable", text, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(readOnlyFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static bool PermissionsAreIgnored(string readOnlyFile)
    {
        try
        {
            using var stream = new FileStream(readOnlyFile, FileMode.Open, FileAccess.Write);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private async Task<(int ExitCode, string Text)> StartAsync(string database, string? extraConnectionSettings = null, string? seeds = null)
    {
        var connectionString = $"Data Source={database}" + (extraConnectionSettings is null ? "" : ";" + extraConnectionSettings);
        var (exitCode, text, _) = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(2),
            "--urls", "http://127.0.0.1:0", "--ConnectionStrings:PeaceTalks", connectionString, "--Import:SeedsPath", seeds ?? RepoPaths.Seeds);
        output.WriteLine($"exit code {exitCode}:\n{text}");
        return (exitCode, text);
    }

    private static void AssertClearFailure(int exitCode, string text, string database)
    {
        Assert.NotEqual(0, exitCode);
        Assert.Contains(database, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", text, StringComparison.Ordinal);
    }
}
