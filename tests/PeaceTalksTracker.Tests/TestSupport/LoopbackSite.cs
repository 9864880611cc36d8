using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>
/// A real Kestrel server on a free loopback port, started by the test, serving the routes the test maps: the fixture
/// pages and feeds that links and feeds are fetched from. It counts the requests to each path (to see retries).
/// </summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSite(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    public static async Task<LoopbackSite> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackSite? site = null;
        app.Use(async (context, next) =>
        {
            site?.Hits.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
            await next(context);
        });
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new LoopbackSite(app, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
        return site;
    }

    public int HitsOn(string path) => Hits.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}

/// <summary>Writes fixture responses with exact bytes and headers.</summary>
public static class Fixture
{
    public static Task Bytes(HttpContext context, byte[] body, string contentType, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }

    public static Task Text(HttpContext context, string body, string contentType, int status = 200) =>
        Bytes(context, System.Text.Encoding.UTF8.GetBytes(body), contentType, status);

    public static string Page(string title, string body, string? canonical = null) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>" +
        (canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\">") +
        $"</head><body><article><h1>{title}</h1>{body}</article></body></html>";
}
