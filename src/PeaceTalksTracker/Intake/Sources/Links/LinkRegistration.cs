using System.Net;
using System.Security.Authentication;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace PeaceTalksTracker.Intake.Sources.Links;

public static class LinkRegistration
{
    /// <summary>
    /// The "links" HTTP client: redirects followed by <see cref="WebFetcher"/> (so they are capped and a loop is named),
    /// a whole-request timeout around a few retries with exponential back-off around a per-attempt timeout.
    /// </summary>
    /// <remarks>No circuit breaker: one client serves every site, and one broken feed must not stop the others.</remarks>
    public static IServiceCollection AddLinkSources(this IServiceCollection services)
    {
        services.AddOptions<LinkOptions>().BindConfiguration(LinkOptions.SectionName);
        services.AddHttpClient(WebFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                UseCookies = false,
            })
            .AddResilienceHandler(WebFetcher.ClientName, static (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LinkOptions>>().Value;
                pipeline.AddTimeout(options.TotalTimeout);
                if (options.Retries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.Retries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        // A certificate that fails now fails on the next try too.
                        ShouldHandle = args => ValueTask.FromResult(
                            args.Outcome.Exception is not HttpRequestException { InnerException: AuthenticationException }
                            && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                    });
                }

                pipeline.AddTimeout(options.AttemptTimeout);
            });
        services.AddSingleton<WebFetcher>();
        services.AddSingleton<PageFetcher>();
        services.AddSingleton<LinkImporter>();
        return services;
    }
}
