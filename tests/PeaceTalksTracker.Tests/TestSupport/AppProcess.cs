using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>
/// The built app run as a child process, exactly as a user runs it (`dotnet PeaceTalksTracker.dll ...`):
/// a real Kestrel port, the real entry point (store checks, seed import), the Production environment.
/// Used where in-process hosting cannot prove the point: browser journeys, killing an import, start-up failures.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private const int MaxKeptLines = 400;

    private readonly Process _process;
    private readonly Queue<string> _lines = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _disposed;

    private AppProcess(Process process) => _process = process;

    /// <summary>The built app for the configuration the tests were built in (tests/X/bin/Debug/net10.0 → src/PeaceTalksTracker/bin/Debug/net10.0).</summary>
    public static string AppDll
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testOutput.Name;
            var configuration = testOutput.Parent!.Name;
            var dll = Path.Combine(RepoPaths.Root, "src", "PeaceTalksTracker", "bin", configuration, framework, "PeaceTalksTracker.dll");
            return File.Exists(dll)
                ? dll
                : throw new InvalidOperationException($"The app is not built at {dll}; build the solution first (dotnet build PeaceTalksTracker.sln).");
        }
    }

    public Uri BaseAddress => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException("The app is not listening.");

    public int Id => _process.Id;

    /// <summary>The store the app serves, when started with <see cref="ServeAsync"/>.</summary>
    public string? DatabasePath { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the app printed (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Serves the app on a free loopback port over the given store, importing <paramref name="seedsPath"/> on start.</summary>
    public static async Task<AppProcess> ServeAsync(string databasePath, string seedsPath, string workingDirectory, params string[] extraArgs)
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--ConnectionStrings:PeaceTalks", $"Data Source={databasePath}",
            "--Import:SeedsPath", seedsPath,
            // One log line per request would make the journeys' output unreadable.
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Error",
            .. extraArgs,
        ];
        var app = Start(workingDirectory, args);
        app.DatabasePath = databasePath;
        var timeout = Task.Delay(TimeSpan.FromSeconds(90));
        var exited = app._process.WaitForExitAsync();
        var first = await Task.WhenAny(app._listening.Task, exited, timeout);
        if (first != app._listening.Task)
        {
            var why = first == exited ? $"exited with code {app._process.ExitCode}" : "did not start listening within 90 s";
            var output = app.Output;
            await app.DisposeAsync();
            throw new InvalidOperationException($"The app {why}. Its output:\n{output}");
        }

        return app;
    }

    /// <summary>Starts the app with the given arguments (a command such as `import PATH`, or options) without waiting.</summary>
    public static AppProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The user's environment must not leak in (a Development environment would change error handling).
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ASPNETCORE_URLS"] = "";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data, isError: true);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Runs the app to completion (e.g. `import PATH`) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string StandardError)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        await using var app = Start(workingDirectory, args);
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await app.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not finish within {timeout}. Its output:\n{app.Output}");
        }

        return (app._process.ExitCode, app.Output, app.StandardError);
    }

    public async Task WaitForExitAsync(CancellationToken cancellationToken = default)
    {
        await _process.WaitForExitAsync(cancellationToken);

        // WaitForExit without a timeout also waits for the redirected streams to reach their end.
        _process.WaitForExit();
    }

    public int ExitCode => _process.ExitCode;

    /// <summary>Kills the process outright (SIGKILL), as a crash or a power cut would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > MaxKeptLines)
            {
                _lines.Dequeue();
            }
        }

        if (isError)
        {
            lock (_stderr)
            {
                _stderr.AppendLine(line);
            }
        }

        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value));
        }
    }

    // The text line, or the compact JSON event (--Logs:Format compact-json) with its address property.
    [GeneratedRegex(@"Now listening on: (http://[^\s""]+)|""address"":""(http://[^""]+)""")]
    private static partial Regex ListeningLine();
}
