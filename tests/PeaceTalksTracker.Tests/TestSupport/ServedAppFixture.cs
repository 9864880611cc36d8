namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>
/// The built app as a child process on a real Kestrel port over the seeds, shared by a test class:
/// for what in-process hosting skips (Kestrel's request limits, the real entry point).
/// </summary>
public sealed class ServedAppFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private AppProcess? _app;

    public AppProcess App => _app ?? throw new InvalidOperationException("The app did not start.");

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress => App.BaseAddress;

    public async Task InitializeAsync()
    {
        // The property tests send thousands of searches from one address; the rate limit has its own test.
        _app = await AppProcess.ServeAsync(Path.Combine(_folder.Path, "peacetalks.db"), RepoPaths.Seeds, _folder.Path,
            "--Search:RateLimit:PermitLimit", "1000000");
        Client = new HttpClient { BaseAddress = _app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }
}
