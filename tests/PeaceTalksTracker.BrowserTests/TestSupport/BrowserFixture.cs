using Microsoft.Playwright;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.TestSupport;

/// <summary>
/// One chromium and one app (over a temp store imported from seeds/) shared by every journey in the collection:
/// starting either takes seconds, and the journeys only read.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempFolder _folder = new();
    private readonly List<AppProcess> _apps = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private AppProcess? _seedsApp;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    /// <summary>The app serving the five seed articles.</summary>
    public AppProcess SeedsApp => _seedsApp ?? throw new InvalidOperationException("The app did not start.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            // Never skip: a missing browser must fail the run and say how to fix it.
            throw new InvalidOperationException(
                $"The browser journeys need Debian's chromium at {ChromiumPath}. Install it with: sudo apt-get install chromium (.ci/run does this).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        _seedsApp = await StartAppAsync(RepoPaths.Seeds);
    }

    /// <summary>Starts another app over its own store, importing <paramref name="seedsPath"/>; stopped with the fixture.</summary>
    public async Task<AppProcess> StartAppAsync(string seedsPath)
    {
        var name = $"store-{_apps.Count}.db";
        var app = await AppProcess.ServeAsync(Path.Combine(_folder.Path, name), seedsPath, _folder.Path);
        lock (_apps)
        {
            _apps.Add(app);
        }

        return app;
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
