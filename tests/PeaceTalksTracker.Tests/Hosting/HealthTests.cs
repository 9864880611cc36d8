using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PeaceTalksTracker.Hosting;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Hosting;

public sealed class HealthTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Healthz_reports_the_store_and_the_codebook_healthy_as_json()
    {
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();

        var response = await client.GetAsync(AppHealth.Path);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);
        Assert.Equal("Healthy", checks[AppHealth.StoreCheck].GetProperty("status").GetString());
        Assert.Equal("Healthy", checks[AppHealth.CodebookCheck].GetProperty("status").GetString());
        Assert.Matches("^codebook [0-9a-f]+ in force: [1-9][0-9]* stakeholders, [1-9][0-9]* themes$", checks[AppHealth.CodebookCheck].GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, AppHealth.Path))).StatusCode);
    }

    [Fact]
    public async Task A_store_that_no_longer_answers_makes_healthz_503_without_saying_where_the_store_is()
    {
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AppHealth.Path)).StatusCode);

        // Another program replaces the file with something that is not a database.
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(app.DatabasePath)!, "peacetalks.db*"))
        {
            File.Delete(file);
        }

        await File.WriteAllTextAsync(app.DatabasePath, new string('x', 8192));
        var response = await client.GetAsync(AppHealth.Path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"name\":\"store\",\"status\":\"Unhealthy\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetDirectoryName(app.DatabasePath)!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_codebook_file_that_does_not_parse_makes_healthz_degraded_while_the_last_good_one_serves()
    {
        var codebook = _folder.File("codebook.json", "{ \"stakeholders\": [ ");
        using var app = new PeaceTalksApp(settings: new Dictionary<string, string?> { ["Analysis:CodebookPath"] = codebook });
        using var client = app.CreateClient();

        var response = await client.GetAsync(AppHealth.Path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Degraded\"", text, StringComparison.Ordinal);
        Assert.Contains("last good codebook serves", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_folder.Path, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_pollers_own_check_is_part_of_healthz_under_its_documented_name()
    {
        // Registered by the feed poller where it registers its services (Intake/Sources/Feeds); its states are
        // tested with the poller running, in FeedPollerHealthTests.
        using var app = new PeaceTalksApp(settings: new Dictionary<string, string?> { ["Feeds:Polling"] = "false" });
        using var client = app.CreateClient();

        var text = await (await client.GetAsync(AppHealth.Path)).Content.ReadAsStringAsync();

        Assert.Contains("\"name\":\"feed-poller\",\"status\":\"Healthy\",\"description\":\"polling is off (Feeds:Polling); no feeds\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_takes_only_get_and_head()
    {
        using var app = new PeaceTalksApp();
        using var client = app.CreateClient();

        var response = await client.PostAsync(AppHealth.Path, null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
