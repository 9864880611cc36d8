using Microsoft.Extensions.Options;

namespace PeaceTalksTracker.Analysis;

public static class AnalysisRegistration
{
    /// <summary>The codebook (read from its file once, at start), the tagger and the re-tagger.</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.SectionName);
        services.AddSingleton(sp => CodebookStartup.ReadConfiguredFile(sp.GetRequiredService<IOptions<AnalysisOptions>>().Value));

        // Until CodebookStartup settles it, a bad file stands in as the built-in codebook, so nothing is ever untagged.
        services.AddSingleton(sp => new CodebookProvider(sp.GetRequiredService<CodebookFileResult>().Codebook ?? CodebookStartup.BuiltIn()));
        services.AddSingleton<ArticleAnalyzer>();
        services.AddSingleton<StoreRetagger>();
        return services;
    }
}
