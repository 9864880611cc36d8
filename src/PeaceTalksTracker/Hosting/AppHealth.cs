using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Hosting;

/// <summary>
/// <c>/healthz</c>: every check registered with <c>AddHealthChecks()</c>, as JSON; 200 when healthy or degraded, 503
/// when a check fails. Another part of the app adds its own check where it registers its services, e.g. the feed
/// poller: <c>services.AddHealthChecks().AddCheck&lt;FeedPollerHealthCheck&gt;(AppHealth.FeedPollerCheck)</c>.
/// Descriptions are written for anyone who can reach the URL: no paths, no exception text.
/// </summary>
public static class AppHealth
{
    public const string Path = "/healthz";

    public const string StoreCheck = "store";

    public const string CodebookCheck = "codebook";

    /// <summary>The name the feed poller's own check is registered under (its state: last poll, failures).</summary>
    public const string FeedPollerCheck = "feed-poller";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddAppHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>(StoreCheck, timeout: CheckTimeout)
            .AddCheck<CodebookHealthCheck>(CodebookCheck, timeout: CheckTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapAppHealthChecks(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks(Path, new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteAsync,
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head])).DisableRateLimiting();
        return routes;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}

/// <summary>The store answers a query over the articles table (so the file opens, is a database and has the schema).</summary>
internal sealed partial class StoreHealthCheck(IDbContextFactory<PeaceTalksDbContext> factory, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            var newest = await db.Articles.OrderByDescending(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy(newest is null ? "the store answers; it holds no articles" : "the store answers");
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or DbUpdateException)
        {
            // The reason goes to the log, where the operator looks; the response only says which check failed.
            LogFailed(ex);
            return HealthCheckResult.Unhealthy("the store does not answer (see the log)");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Health check: the store does not answer")]
    private partial void LogFailed(Exception exception);
}

/// <summary>A codebook is in force with stakeholders and themes; degraded when the configured file did not parse (the last good one serves).</summary>
internal sealed class CodebookHealthCheck(CodebookProvider codebooks, CodebookFileResult file) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var codebook = codebooks.Current;
        var summary = $"codebook {codebook.Hash} in force: {codebook.Stakeholders.Count} stakeholders, {codebook.Themes.Count} themes";
        if (codebook.Stakeholders.Count == 0 || codebook.Themes.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(summary));
        }

        return Task.FromResult(file.Error is null
            ? HealthCheckResult.Healthy(summary)
            : HealthCheckResult.Degraded(summary + "; the configured codebook file is not valid, so the last good codebook serves (see the log)"));
    }
}
