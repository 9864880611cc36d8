namespace PeaceTalksTracker.Outlets;

public static class OutletsRegistration
{
    /// <summary>The outlet statistics (a store aggregate, so it needs AddBrowse's cache) and the shared-story finder.</summary>
    public static IServiceCollection AddOutlets(this IServiceCollection services)
    {
        services.AddSingleton<OutletStatistics>();
        services.AddSingleton<SharedStories>();
        return services;
    }
}
