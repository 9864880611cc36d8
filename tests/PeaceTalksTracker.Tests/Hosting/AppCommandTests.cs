using PeaceTalksTracker.Hosting;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary>The command line as a user types it: the built app in its own process.</summary>
public sealed class AppCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_unknown_command_prints_the_usage_and_exits_2_without_a_stack_trace()
    {
        var (exitCode, output, errors) = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(1), "frobnicate");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Unknown command 'frobnicate'.", errors, StringComparison.Ordinal);
        Assert.Contains("usage: PeaceTalksTracker", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "data")), "no store is opened for a mistyped command");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_every_command_and_exits_0(string word)
    {
        var (exitCode, output, errors) = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(1), word);

        Assert.Equal(0, exitCode);
        Assert.Equal("", errors);
        var lines = output.Split('\n');
        foreach (var (name, _, _, description) in AppCommand.Commands)
        {
            Assert.Contains(lines, l => l.TrimStart().StartsWith(name, StringComparison.Ordinal) && l.Contains(description, StringComparison.Ordinal));
        }

        Assert.Equal(["serve", "import", "retag", "feeds", "help"], AppCommand.Commands.Select(c => c.Name));
    }

    [Theory]
    [InlineData(new[] { "import", "a", "--Import:MaxFileBytes", "10", "b" }, AppCommandKind.Import, new[] { "a", "b" })]
    [InlineData(new[] { "RETAG" }, AppCommandKind.Retag, new string[0])]
    [InlineData(new[] { "--urls", "http://localhost:1" }, AppCommandKind.Serve, new string[0])]
    public void Parse_picks_the_command_and_its_paths(string[] args, AppCommandKind kind, string[] paths)
    {
        var command = AppCommand.Parse(args);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(paths, command.Paths);
    }
}
