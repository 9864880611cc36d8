using System.Net.Http.Json;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>One in-process app over the seeds, shared by a test class whose tests only read.</summary>
public sealed class SeedsAppFixture : IDisposable
{
    /// <summary>Stands for the slug of a real seed article in test data, which is known only once the app has imported.</summary>
    public const string KnownSlugPlaceholder = "{known-slug}";

    /// <summary>Stands for the slug of a second seed article, for pages about two articles (compare).</summary>
    public const string OtherSlugPlaceholder = "{other-slug}";

    private readonly PeaceTalksApp _app = new();
    private List<ArticleSlug>? _articles;

    public SeedsAppFixture() => Client = _app.CreateClient();

    public HttpClient Client { get; }

    public PeaceTalksApp App => _app;

    public async Task<string> KnownSlugAsync() => (await ArticlesAsync())[0].Slug;

    public async Task<string> ResolveAsync(string path)
    {
        if (path.Contains(KnownSlugPlaceholder, StringComparison.Ordinal))
        {
            path = path.Replace(KnownSlugPlaceholder, await KnownSlugAsync(), StringComparison.Ordinal);
        }

        if (path.Contains(OtherSlugPlaceholder, StringComparison.Ordinal))
        {
            path = path.Replace(OtherSlugPlaceholder, (await ArticlesAsync())[1].Slug, StringComparison.Ordinal);
        }

        return path;
    }

    private async Task<List<ArticleSlug>> ArticlesAsync() =>
        _articles ??= await Client.GetFromJsonAsync<List<ArticleSlug>>("/api/articles") ?? throw new InvalidOperationException("/api/articles answered nothing.");

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
