using System.Text.Json;
using PeaceTalksTracker.Hosting;
using PeaceTalksTracker.Tests.TestSupport;
using Serilog.Events;

namespace PeaceTalksTracker.Tests.Hosting;

/// <summary>Serilog through Serilog.AspNetCore, as the running app writes it: request events, compact JSON, start-up failures.</summary>
public sealed class LoggingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(304, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Warning)]
    [InlineData(429, LogEventLevel.Warning)]
    [InlineData(500, LogEventLevel.Error)]
    public void A_request_is_logged_at_a_level_chosen_by_its_status(int status, LogEventLevel level) =>
        Assert.Equal(level, AppLogging.LevelFor(status, exception: null));

    [Fact]
    public void A_request_that_threw_is_an_error_whatever_its_status() =>
        Assert.Equal(LogEventLevel.Error, AppLogging.LevelFor(200, new InvalidOperationException("boom")));

    [Fact]
    public async Task With_compact_json_each_request_is_one_json_event_with_method_path_status_and_elapsed()
    {
        var seeds = Path.Combine(_folder.Path, "seeds");
        GeneratedArticles.Write(seeds, 1);
        await using var app = await AppProcess.ServeAsync(Path.Combine(_folder.Path, "store.db"), seeds, _folder.Path,
            "--Logs:Format", "compact-json",
            "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Information");
        using var client = new HttpClient { BaseAddress = app.BaseAddress };

        Assert.Equal(200, (int)(await client.GetAsync("/")).StatusCode);
        Assert.Equal(404, (int)(await client.GetAsync("/no-such-page")).StatusCode);
        var events = await WaitForAsync(app, e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/no-such-page");

        var home = events.Single(e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/");
        var missing = events.Single(e => e.TryGetProperty("RequestPath", out var p) && p.GetString() == "/no-such-page");
        Assert.Equal(AppLogging.RequestTemplate, home.GetProperty("@mt").GetString());
        Assert.Equal("GET", home.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, home.GetProperty("StatusCode").GetInt32());
        Assert.True(home.GetProperty("Elapsed").GetDouble() > 0);
        Assert.False(home.TryGetProperty("@l", out _), "Information is CLEF's default level and is left out");
        Assert.Equal(404, missing.GetProperty("StatusCode").GetInt32());
        Assert.Equal("Warning", missing.GetProperty("@l").GetString());
    }

    [Fact]
    public async Task A_failure_before_the_host_is_built_is_logged_by_the_bootstrap_logger_and_exits_1()
    {
        var (exitCode, output, _) = await AppProcess.RunAsync(_folder.Path, TimeSpan.FromMinutes(1),
            "--Serilog:MinimumLevel:Default", "Loudest", "--ConnectionStrings:PeaceTalks", $"Data Source={Path.Combine(_folder.Path, "s.db")}");

        Assert.Equal(1, exitCode);
        Assert.Contains("FTL", output, StringComparison.Ordinal);
        Assert.Contains("PeaceTalksTracker could not start", output, StringComparison.Ordinal);
        Assert.Contains("Loudest", output, StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> WaitForAsync(AppProcess app, Func<JsonElement, bool> last)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var events = app.Output.Split('\n').Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            if (events.Any(last))
            {
                return events;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No such log event. Output:\n{app.Output}");
    }
}
