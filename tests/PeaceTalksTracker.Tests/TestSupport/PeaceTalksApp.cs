using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>
/// The real app over a real SQLite file in a temp folder, with a seeds folder of the test's choosing
/// (the repository's seeds by default), imported on start exactly as `dotnet run` does.
/// </summary>
public sealed class PeaceTalksApp : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();
    private readonly Dictionary<string, string?> _settings = [];

    public PeaceTalksApp(string? seedsPath = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        SeedsPath = seedsPath ?? RepoPaths.Seeds;
        DatabasePath = Path.Combine(_folder.Path, "peacetalks.db");
        if (settings is not null)
        {
            foreach (var (key, value) in settings)
            {
                _settings[key] = value;
            }
        }
    }

    public string SeedsPath { get; }

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath}";

    public PeaceTalksDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<PeaceTalksDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:PeaceTalks", ConnectionString);
        builder.UseSetting("Import:SeedsPath", SeedsPath);

        // Keep test output to warnings. The plain "Serilog:MinimumLevel" value is used, not "...:Default": Serilog.Settings.
        // Configuration 8.0.0 resolves "Default" across providers and reads an empty value when the factory's command-line
        // settings sit next to appsettings.json ("The value  is not a valid Serilog level"); a plain value takes precedence.
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime", "Warning");

        // Refused requests are logged as warnings; the hostile-request tests make thousands of them on purpose.
        builder.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Error");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
