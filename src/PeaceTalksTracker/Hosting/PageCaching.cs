using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Hosting;

/// <summary>Page cache settings, bound from the "PageCache" section of configuration.</summary>
public sealed class PageCacheOptions
{
    public const string SectionName = "PageCache";

    /// <summary>Off serves every page fresh from the store (for measuring what caching is worth).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an unchanged store's page is kept; a commit to the store replaces it sooner.</summary>
    public int Seconds { get; set; } = 600;

    /// <summary>All cached pages together stay under this (least recently used go first).</summary>
    public long SizeLimitBytes { get; set; } = 128L * 1024 * 1024;
}

/// <summary>
/// Rendered pages are cached whole, keyed by URL, <c>Accept-Encoding</c> and the <see cref="StoreVersion"/>: a reader
/// never sees a page older than the last commit, and an import shows on the next request. Responses are compressed
/// (Brotli, gzip) inside the cache, so a cached page is compressed once, not per request.
/// </summary>
public static class PageCaching
{
    public const string PolicyName = "store-pages";

    public static IServiceCollection AddPageCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PageCacheOptions.SectionName).Get<PageCacheOptions>() ?? new PageCacheOptions();
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.SectionName);
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.SizeLimitBytes;
            cache.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, options.Seconds));
            cache.AddPolicy(PolicyName, new StoreVersionPolicy(options.Enabled));
        });
        services.AddResponseCompression(compression =>
        {
            // The pages hold no secrets and no per-user data, so compressing over HTTPS gives BREACH nothing to find.
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>The cache outside, compression inside it: what is stored is already compressed.</summary>
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }

    /// <summary>
    /// GET and HEAD of a page answered 200 without a cookie are stored; anything else passes through. Every query
    /// key varies the entry (the URL is the page's whole state).
    /// </summary>
    private sealed class StoreVersionPolicy(bool enabled) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var version = context.HttpContext.RequestServices.GetRequiredService<StoreVersion>().Current;
            // A negative version means the store could not be read: nothing is known to be fresh, so nothing is cached.
            // A key given twice (pick=…&pick=…) is not cached: the cache's key sorts a key's values, and the order of the
            // values is meaning there (which article is A, measured: the compare picks came out swapped).
            var cacheable = enabled && version >= 0 && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && request.Query.All(q => q.Value.Count <= 1);
            context.EnableOutputCaching = cacheable;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            // Concurrent misses for one page wait for the first render instead of each rendering it.
            context.AllowLocking = true;
            if (cacheable)
            {
                context.CacheVaryByRules.QueryKeys = "*";
                context.CacheVaryByRules.HeaderNames = "Accept-Encoding";
                context.CacheVaryByRules.VaryByValues["store"] = version.ToString(CultureInfo.InvariantCulture);
                context.CacheVaryByRules.VaryByHost = false;
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
