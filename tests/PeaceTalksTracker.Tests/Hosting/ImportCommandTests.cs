using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary>The <c>import</c> command as a user runs it: the built app in its own process, output redirected.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CommandResult> RunImportAsync(params string[] paths) => AppCommandRun.RunAsync(_folder.Path, ["import", .. paths]);

    [Fact]
    public async Task Importing_only_good_files_exits_0_with_a_summary()
    {
        _folder.File("in/a.txt", "Talks Resume in Geneva\n\nThe delegations met on Monday.");
        _folder.File("in/b.md", "Kyiv Weighs the Offer\n\nOfficials studied the draft.");

        var result = await RunImportAsync(Path.Combine(_folder.Path, "in"));

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}\n{result.Output}\n{result.Errors}");
        Assert.Contains("2 imported, 0 updated, 0 unchanged, 0 rejected", result.Output, StringComparison.Ordinal);
        Assert.Contains("/articles/talks-resume-in-geneva", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_folder_with_a_bad_file_exits_2_and_names_the_file_and_the_reason()
    {
        _folder.File("in/a.txt", "Talks Resume in Geneva\n\nThe delegations met on Monday.");
        _folder.File("in/empty.txt", "");

        var result = await RunImportAsync(Path.Combine(_folder.Path, "in"));

        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}\n{result.Output}\n{result.Errors}");
        Assert.Contains("1 imported, 0 updated, 0 unchanged, 1 rejected", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.Output.Split('\n'), line => line.Contains("empty.txt: file is empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirected_output_holds_the_command_lines_and_the_logs_go_to_stderr()
    {
        _folder.File("in/a.txt", "Talks Resume in Geneva\n\nThe delegations met on Monday.");
        _folder.File("in/notes.pdf", "not an article");

        var result = await RunImportAsync(Path.Combine(_folder.Path, "in"));

        // Before, the importer's own warning repeated each rejection in the output, and its log lines broke the progress bar.
        Assert.DoesNotContain("WRN", result.Output, StringComparison.Ordinal);
        Assert.Single(result.Output.Split('\n'), line => line.StartsWith("rejected", StringComparison.Ordinal));
        Assert.Contains("notes.pdf: unsupported extension '.pdf'; only .txt, .md, .html, .htm files are imported", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_files_again_reports_them_unchanged()
    {
        _folder.File("in/a.txt", "Talks Resume in Geneva\n\nThe delegations met on Monday.");
        var folder = Path.Combine(_folder.Path, "in");
        await RunImportAsync(folder);

        var again = await RunImportAsync(folder);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 imported, 0 updated, 1 unchanged, 0 rejected", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_without_a_path_exits_2_with_usage()
    {
        var result = await RunImportAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: import PATH", result.Errors, StringComparison.Ordinal);
    }
}
