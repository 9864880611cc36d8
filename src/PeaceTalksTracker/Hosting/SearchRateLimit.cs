using System.Threading.RateLimiting;

namespace PeaceTalksTracker.Hosting;

/// <summary>Settings for the search API's rate limit, bound from "RequestLimits".</summary>
public sealed class SearchRateLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Sustained searches per minute one client (IP address) may make.</summary>
    public int SearchRequestsPerMinute { get; set; } = 600;

    /// <summary>Searches a client may make at once before the sustained rate applies.</summary>
    public int SearchBurst { get; set; } = 30;
}

/// <summary>
/// A token bucket per client address on <c>/api/search</c>, so one client hammering the search API cannot starve the
/// others; pages and the rest of the API are not limited. Refusals are 429 ProblemDetails with Retry-After.
/// </summary>
public static class SearchRateLimit
{
    public const string LimitedPath = "/api/search";

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(SearchRateLimitOptions.SectionName).Get<SearchRateLimitOptions>() ?? new SearchRateLimitOptions();
        var perMinute = Math.Max(1, settings.SearchRequestsPerMinute);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !context.Request.Path.StartsWithSegments(LimitedPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetTokenBucketLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, settings.SearchBurst),
                        TokensPerPeriod = 1,
                        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many searches",
                    detail: "This client is searching faster than the service allows. Wait a second and try again.").ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
