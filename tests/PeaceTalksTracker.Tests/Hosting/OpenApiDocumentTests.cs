using System.Diagnostics;
using System.Text.Json;
using PeaceTalksTracker.Tests.TestSupport;
using Xunit.Abstractions;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary>The OpenAPI document lints clean under Redocly's recommended rules (issue 15.4).</summary>
public sealed class OpenApiDocumentTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Pinned, so a new rule in a later release does not turn the suite red on its own.</summary>
    public const string RedoclyCli = "@redocly/cli@2.77.0";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_document_declares_what_the_recommended_rules_ask_for()
    {
        var document = JsonDocument.Parse(await FetchAsync()).RootElement;

        Assert.Equal("/", Assert.Single(document.GetProperty("servers").EnumerateArray()).GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Array, document.GetProperty("security").ValueKind);
        Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
        Assert.All(document.GetProperty("tags").EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                Assert.True(operation.Value.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 0, $"{where} has no summary");
                Assert.True(operation.Value.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('4')), $"{where} has no 4xx response");
            }
        }
    }

    [Fact]
    public async Task The_document_lints_clean_with_redocly_recommended_rules_where_node_is_installed()
    {
        if (!OnPath("npx"))
        {
            output.WriteLine("OpenAPI lint skipped: npx (node) is not installed.");
            return;
        }

        var file = _folder.File("openapi.json", await FetchAsync());
        var start = new ProcessStartInfo("npx") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder.Path };
        foreach (var arg in new[] { "--yes", RedoclyCli, "lint", "--extends=recommended", "--format=stylish", file })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        using var process = Process.Start(start)!;
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(guard.Token);
        var stderr = process.StandardError.ReadToEndAsync(guard.Token);
        await process.WaitForExitAsync(guard.Token);
        var report = await stdout + await stderr;

        Assert.True(process.ExitCode == 0, report);
        Assert.DoesNotContain("warning", report.Replace("Deprecation warning", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> FetchAsync()
    {
        using var seeds = new TempFolder();
        using var app = new PeaceTalksApp(seeds.Path);
        using var client = app.CreateClient();
        return await client.GetStringAsync("/openapi/v1.json");
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, command)));
}
