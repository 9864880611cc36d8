using PeaceTalksTracker.Hosting;

namespace PeaceTalksTracker.Intake.Sources.Feeds;

public static class FeedRegistration
{
    public static IServiceCollection AddFeedSources(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.SectionName);
        services.AddSingleton<FeedSubscriptions>();
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<FeedPollingService>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPollingService>());
        services.AddHealthChecks().AddCheck<FeedPollerHealthCheck>(AppHealth.FeedPollerCheck, timeout: TimeSpan.FromSeconds(5));
        return services;
    }
}
