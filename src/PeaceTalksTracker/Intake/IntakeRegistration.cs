using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Extraction;
using PeaceTalksTracker.Intake.Extraction.Html;
using PeaceTalksTracker.Intake.Extraction.Markdown;
using PeaceTalksTracker.Intake.Extraction.Text;
using PeaceTalksTracker.Intake.Sources.Feeds;
using PeaceTalksTracker.Intake.Sources.Files;
using PeaceTalksTracker.Intake.Sources.Links;
using PeaceTalksTracker.Intake.Storage;

namespace PeaceTalksTracker.Intake;

public static class IntakeRegistration
{
    /// <summary>The intake stages: file source, one extractor per format, the cleaning rules in order, and the store writer.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddSingleton<ArticleFileReader>();
        services.AddLinkSources();
        services.AddFeedSources();

        services.AddSingleton<IArticleExtractor, TextExtractor>();
        services.AddSingleton<IArticleExtractor, MarkdownExtractor>();
        services.AddSingleton<IArticleExtractor, HtmlExtractor>();
        services.AddSingleton<ArticleExtraction>();

        // Registered in the order they run.
        foreach (var rule in ArticleCleaner.DefaultRules())
        {
            services.AddSingleton(rule);
        }

        services.AddSingleton<ArticleCleaner>();
        services.AddSingleton(sp => new ArticleParser(sp.GetRequiredService<ArticleExtraction>(), sp.GetRequiredService<ArticleCleaner>()));
        services.AddSingleton<ArticleStore>();
        return services;
    }
}
