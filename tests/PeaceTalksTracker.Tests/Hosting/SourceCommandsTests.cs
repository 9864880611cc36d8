using PeaceTalksTracker.Tests.Intake.Sources.Links;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary><c>import URL</c>, <c>import --urls LIST</c> and the <c>feeds</c> commands, as a user runs them: the built app in its own process.</summary>
public sealed class SourceCommandsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // No retries: the loopback site's failures are meant, waiting for them again only slows the test.
    private Task<CommandResult> RunAsync(params string[] args) => AppCommandRun.RunAsync(_folder.Path, [.. args, "--Links:Retries", "0"]);

    [Fact]
    public async Task Import_takes_files_links_and_a_list_of_links_and_counts_each_kind_in_the_summary()
    {
        await using var site = await LinkFixtureSite.StartAsync();
        _folder.File("in/a.txt", "Talks Resume in Geneva\n\nThe delegations met on Monday.");
        var list = _folder.File("urls.txt", $"{site.Url("/missing")}\n{site.Url("/report.pdf")}\n");

        var result = await RunAsync("import", Path.Combine(_folder.Path, "in"), site.Url("/loop-a"), "--urls", list);

        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}\n{result.Output}\n{result.Errors}");
        Assert.Contains("1 imported, 0 updated, 0 unchanged, 3 rejected (1 file, 3 links, 0 feed items)", result.Output, StringComparison.Ordinal);
        Assert.Contains($"rejected  {site.Url("/missing")}: HTTP 404 Not Found", result.Output, StringComparison.Ordinal);
        Assert.Contains($"rejected  {site.Url("/report.pdf")}: not a web page", result.Output, StringComparison.Ordinal);
        Assert.Contains($"rejected  {site.Url("/loop-a")}: redirect loop", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_are_added_listed_and_removed_from_the_command_line()
    {
        var added = await RunAsync("feeds", "add", "https://news.example/rss.xml", "--name", "Example News", "--outlet", "Example", "--interval", "15");
        var listed = await RunAsync("feeds", "list");
        var removed = await RunAsync("feeds", "remove", "https://news.example/rss.xml");
        var empty = await RunAsync("feeds", "list");
        var bad = await RunAsync("feeds", "add", "file:///etc/passwd");

        Assert.True(added.ExitCode == 0, added.Output + added.Errors);
        Assert.Contains("added feed 1 https://news.example/rss.xml (every 15 min)", added.Output, StringComparison.Ordinal);
        Assert.Contains("https://news.example/rss.xml  Example News  outlet: Example  every 15 min  (command)", listed.Output, StringComparison.Ordinal);
        Assert.Contains("last fetch never", listed.Output, StringComparison.Ordinal);
        Assert.Contains("removed feed 1", removed.Output, StringComparison.Ordinal);
        Assert.Contains("no feeds", empty.Output, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("not an http(s) address", bad.Errors, StringComparison.Ordinal);
    }
}
