using System.Net.Http.Json;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>One in-process app over the seeds, shared by a test class whose tests only read.</summary>
public sealed class SeedsAppFixture : IDisposable
{
    /// <summary>Stands for the slug of a real seed article in test data, which is known only once the app has imported.</summary>
    public const string KnownSlugPlaceholder = "{known-slug}";

    private readonly PeaceTalksApp _app = new();
    private string? _knownSlug;

    public SeedsAppFixture() => Client = _app.CreateClient();

    public HttpClient Client { get; }

    public PeaceTalksApp App => _app;

    public async Task<string> KnownSlugAsync()
    {
        if (_knownSlug is null)
        {
            var articles = await Client.GetFromJsonAsync<List<ArticleSlug>>("/api/articles");
            _knownSlug = articles![0].Slug;
        }

        return _knownSlug;
    }

    public async Task<string> ResolveAsync(string path) =>
        path.Contains(KnownSlugPlaceholder, StringComparison.Ordinal) ? path.Replace(KnownSlugPlaceholder, await KnownSlugAsync(), StringComparison.Ordinal) : path;

    public void Dispose()
    {
        Client.Dispose();
        _app.Dispose();
    }

    private sealed record ArticleSlug(string Slug);
}

public static class HttpClientExtensions
{
    /// <summary>The body whatever the status: error pages are pages too.</summary>
    public static async Task<string> GetStringOrErrorAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }
}
