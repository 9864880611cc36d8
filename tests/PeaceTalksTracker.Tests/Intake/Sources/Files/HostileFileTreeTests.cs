using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Sources.Files;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake.Sources.Files;

/// <summary>Issue 16.2/16.3: links, loops, FIFOs and devices in a folder being imported, on real files in a temp folder.</summary>
public sealed class HostileFileTreeTests : IDisposable
{
    private const string Article = "Talks Resume in Geneva\n\nThe delegations met on Monday.";

    private readonly TempFolder _files = new();
    private readonly PeaceTalksApp _app = new(settings: new Dictionary<string, string?> { ["Import:ImportSeedsOnStart"] = "false" });

    public void Dispose()
    {
        _app.Dispose();
        _files.Dispose();
    }

    private ArticleImporter Importer => _app.Services.GetRequiredService<ArticleImporter>();

    private string Root => Path.Combine(_files.Path, "d");

    private async Task<int> ArticleCountAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Articles.CountAsync();
    }

    [Fact]
    public async Task A_directory_loop_imports_each_file_once_and_finishes()
    {
        _files.File("d/a.txt", Article);
        _files.File("d/sub/b.txt", "Kyiv Weighs the Offer\n\nOfficials studied the draft.");
        Directory.CreateSymbolicLink(Path.Combine(Root, "sub", "loop"), "..");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var report = await Importer.ImportAsync([Root], cancellationToken: timeout.Token);

        Assert.Equal(2, report.Imported);
        Assert.Equal(2, await ArticleCountAsync());
        var loop = Assert.Single(report.Results, r => r.Outcome == ImportOutcome.Rejected);
        Assert.EndsWith("loop", loop.Path, StringComparison.Ordinal);
        Assert.Contains("links to folders are not followed", loop.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_link_out_of_the_tree_is_not_followed()
    {
        _files.File("d/a.txt", Article);
        _files.File("outside/secret.txt", "Secret Memo\n\nNot for publication.");
        Directory.CreateSymbolicLink(Path.Combine(Root, "elsewhere"), Path.Combine(_files.Path, "outside"));

        var report = await Importer.ImportAsync([Root]);

        Assert.Equal(1, report.Imported);
        Assert.DoesNotContain(report.Results, r => r.Path.Contains("secret", StringComparison.Ordinal) && r.Outcome != ImportOutcome.Rejected);
    }

    [Fact]
    public async Task A_link_to_a_file_outside_the_folder_is_rejected_with_a_reason_and_nothing_is_published()
    {
        _files.File("d/a.txt", Article);
        File.CreateSymbolicLink(Path.Combine(Root, "x.txt"), "/etc/passwd");

        var report = await Importer.ImportAsync([Root]);

        Assert.Equal(1, report.Imported);
        var link = Assert.Single(report.Results, r => r.Outcome == ImportOutcome.Rejected);
        Assert.EndsWith("x.txt", link.Path, StringComparison.Ordinal);
        Assert.Contains("outside the folders being imported", link.Reason, StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.False(await db.Articles.AnyAsync(a => a.OriginalText.Contains("root:")));
    }

    [Fact]
    public async Task A_link_and_a_hard_link_to_a_file_inside_the_tree_import_the_file_once()
    {
        var real = _files.File("d/a.txt", Article);
        File.CreateSymbolicLink(Path.Combine(Root, "again.txt"), real);
        Run("ln", real, Path.Combine(Root, "hard.txt"));

        var report = await Importer.ImportAsync([Root]);

        Assert.Equal(1, report.Imported);
        Assert.Equal(0, report.Rejected);
        Assert.Equal(1, await ArticleCountAsync());
    }

    [Fact]
    public async Task A_fifo_is_rejected_on_one_line_without_hanging()
    {
        _files.File("d/a.txt", Article);
        var fifo = Path.Combine(Root, "pipe.md");
        Run("mkfifo", fifo);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var report = await Importer.ImportAsync([Root, fifo], cancellationToken: timeout.Token);

        Assert.Equal(1, report.Imported);
        var rejected = report.Results.Where(r => r.Outcome == ImportOutcome.Rejected).ToList();
        Assert.Equal(2, rejected.Count);
        Assert.All(rejected, r =>
        {
            Assert.Contains("FIFO", r.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', r.ToString());
        });
    }

    [Fact]
    public async Task A_link_to_dev_zero_is_rejected_and_does_not_hang_or_exhaust_memory()
    {
        _files.File("d/a.txt", Article);
        var zero = Path.Combine(Root, "zero.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var inFolder = await Importer.ImportAsync([Root], cancellationToken: timeout.Token);
        var named = await Importer.ImportFileAsync(zero, timeout.Token);

        Assert.Contains("character device", Assert.Single(inFolder.Results, r => r.Outcome == ImportOutcome.Rejected).Reason, StringComparison.Ordinal);
        Assert.Equal(ImportOutcome.Rejected, named.Outcome);
        Assert.Contains("character device", named.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_holds_on_the_bytes_read_even_when_the_file_claims_no_size()
    {
        // /proc files report a size of 0 whatever they hold: only the bytes read can be trusted.
        var reader = new ArticleFileReader(Microsoft.Extensions.Options.Options.Create(new ImportOptions { MaxFileBytes = 10, Extensions = [""] }));
        Assert.Equal(0, new FileInfo("/proc/self/maps").Length);

        var result = reader.Read("/proc/self/maps");

        Assert.Equal("file is over the 10-byte limit (more than 10 bytes read)", result.Rejection);
    }

    [Fact]
    public async Task A_file_name_with_a_newline_and_an_ansi_escape_is_printed_escaped()
    {
        var name = "evil\n\u001b[31mred.txt";
        _files.File("d/" + name, Article);

        var report = await Importer.ImportAsync([Root]);

        var line = Assert.Single(report.Results).ToString();
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u001b', line);
        Assert.Contains("evil\\n\\x1B[31mred.txt", line, StringComparison.Ordinal);
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(program, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
