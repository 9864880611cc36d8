using Microsoft.Extensions.Options;
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

public static partial class IntakeRegistration
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

        services.AddOptions<CleaningOptions>().BindConfiguration(CleaningOptions.SectionName);
        services.AddSingleton(sp => LoadRules(sp.GetRequiredService<IOptions<CleaningOptions>>().Value, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new ArticleCleaner(ArticleCleaner.DefaultRules(sp.GetRequiredService<CleaningRules>())));
        services.AddSingleton(sp => new ArticleParser(sp.GetRequiredService<ArticleExtraction>(), sp.GetRequiredService<ArticleCleaner>()));
        services.AddSingleton<ArticleStore>();
        return services;
    }

    /// <summary>
    /// The configured rule files, validated; a file that cannot be used is logged with what is wrong and the rules built
    /// into the app stand in, so an import never runs without cleaning.
    /// </summary>
    private static CleaningRules LoadRules(CleaningOptions options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger<CleaningRules>();
        try
        {
            var rules = CleaningRules.LoadFiles(options.Resolve(options.RulesPath), options.Resolve(options.OutletsPath));
            LogLoaded(logger, rules.Junk.Count, rules.Outlets.Count);
            return rules;
        }
        catch (CleaningRulesException ex)
        {
            LogBadRules(logger, ex.Message);
            return CleaningRules.BuiltIn;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cleaning rules loaded: {JunkRules} junk rules, {Outlets} outlets")]
    private static partial void LogLoaded(ILogger logger, int junkRules, int outlets);

    [LoggerMessage(Level = LogLevel.Error, Message = "The cleaning rules cannot be used, so the built-in rules clean imports: {Reason}")]
    private static partial void LogBadRules(ILogger logger, string reason);
}
