namespace PeaceTalksTracker.Comparison;

public static class ComparisonRegistration
{
    /// <summary>The passage aligner, the comparer and the store-backed comparison used by /compare and /api/compare.</summary>
    public static IServiceCollection AddComparison(this IServiceCollection services)
    {
        services.AddSingleton(new PassageAligner(new AlignerOptions()));
        services.AddSingleton<ArticleComparer>();
        services.AddSingleton<ComparisonBackground>();
        services.AddSingleton<ArticleComparison>();
        services.AddSingleton<SimilarityMatrix>();
        return services;
    }
}
