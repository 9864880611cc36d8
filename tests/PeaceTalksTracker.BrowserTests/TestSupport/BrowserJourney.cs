using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.TestSupport;

/// <summary>
/// Base of every journey: a fresh browser context per test, dialogs and console errors caught and failed on,
/// and a screenshot saved under TestResults/screenshots when a journey fails.
/// A new journey is one file under Journeys/: a class deriving from this, and a [Fact] calling
/// <see cref="JourneyAsync"/> with the steps and assertions on what the reader sees.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserJourney(BrowserFixture fixture)
{
    /// <summary>A phone in portrait, for the narrow-screen runs.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    protected BrowserFixture Fixture { get; } = fixture;

    public static string ScreenshotFolder => Path.Combine(RepoPaths.Root, "tests", "PeaceTalksTracker.BrowserTests", "TestResults", "screenshots");

    /// <summary>Runs <paramref name="journey"/> on a new page of <paramref name="app"/> (the seeds app by default).</summary>
    protected async Task JourneyAsync(
        Func<IPage, Task> journey,
        ViewportSize? viewport = null,
        AppProcess? app = null,
        int? expectsErrorStatus = null,
        [CallerMemberName] string name = "")
    {
        var baseUrl = (app ?? Fixture.SeedsApp).BaseAddress.ToString();
        await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = viewport ?? Desktop,
            JavaScriptEnabled = true,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (problems)
            {
                problems.Add($"a {dialog.Type} dialog opened: \"{dialog.Message}\"");
            }

            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            // Chromium reports a page served with an error status as a failed resource; a journey opening one expects it.
            if (message.Type == "error" && !(expectsErrorStatus is { } status && message.Text.Contains($"status of {status}", StringComparison.Ordinal)))
            {
                lock (problems)
                {
                    problems.Add($"console {message.Type} on {page.Url}: {message.Text} (at {message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add($"uncaught script error on {page.Url}: {error}");
            }
        };

        try
        {
            await journey(page);
            lock (problems)
            {
                Assert.True(problems.Count == 0, "The page misbehaved:\n" + string.Join('\n', problems));
            }
        }
        catch (Exception)
        {
            await SaveScreenshotAsync(page, name);
            throw;
        }
    }

    /// <summary>Opens <paramref name="path"/> and returns the response, failing if there was none.</summary>
    protected static async Task<IResponse> OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        return response;
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        try
        {
            Directory.CreateDirectory(ScreenshotFolder);
            var path = Path.Combine(ScreenshotFolder, $"{name}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Console.Error.WriteLine($"Screenshot of the failed journey: {path}");
        }
        catch (PlaywrightException)
        {
            // The page may already be gone; the assertion that failed says more than a missing screenshot.
        }
    }
}
