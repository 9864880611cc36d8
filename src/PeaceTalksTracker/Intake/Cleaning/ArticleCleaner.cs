namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// Runs the cleaning rules in order on an extracted article. Rules see only the <see cref="ParsedArticle"/>, never the
/// format or the source: a rule that takes a block out takes it out of the body's Markdown and its paragraphs alike.
/// </summary>
public sealed class ArticleCleaner(IEnumerable<IArticleCleaningRule> rules)
{
    private readonly IReadOnlyList<IArticleCleaningRule> _rules = [.. rules];

    /// <summary>
    /// The rules in the order they run: text fields first made safe, then what the title and outlet are (the outlet
    /// suffix leaves the title), then the body's junk and captions, then the standfirst (which compares the first
    /// paragraph), the date, a derived title from the cleaned lede, then the page's quality on what is left, and last
    /// long paragraphs split (after quality, which counts the page as written).
    /// </summary>
    public static IReadOnlyList<IArticleCleaningRule> DefaultRules(CleaningRules? rules = null)
    {
        rules ??= CleaningRules.BuiltIn;
        return
        [
            new ControlCharacterRule(),
            new HeadlineRule(rules),
            new OutletRule(rules),
            new WebJunkRule(rules),
            new CaptionRule(rules),
            new StandfirstRule(rules),
            new PublicationDateRule(),
            new DerivedTitleRule(),
            new PageQualityRule(rules),
            new LongParagraphRule(),
        ];
    }

    public ParsedArticle Clean(ParsedArticle article)
    {
        foreach (var rule in _rules)
        {
            article = rule.Apply(article);
        }

        return article;
    }
}
