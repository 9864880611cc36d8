using System.Diagnostics;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>What a command of the app printed: its exit code, its standard output and its standard error apart.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs one of the app's commands (`import`, `feeds`, ...) as a user does, over a store in <c>store/</c> under the given
/// folder, without the seeds. Standard output and error are kept apart: the commands promise that redirected output
/// holds only their result lines, the log going to standard error.
/// </summary>
public static class AppCommandRun
{
    public static async Task<CommandResult> RunAsync(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PeaceTalksTracker.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--ConnectionStrings:PeaceTalks");
        start.ArgumentList.Add($"Data Source={Path.Combine(folder, "store", "peacetalks.db")}");
        start.ArgumentList.Add("--Import:ImportSeedsOnStart");
        start.ArgumentList.Add("false");
        start.Environment["Serilog__MinimumLevel"] = "Warning";

        using var process = Process.Start(start)!;
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(guard.Token);
        var errors = process.StandardError.ReadToEndAsync(guard.Token);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CommandResult(process.ExitCode, await output, await errors);
    }
}
