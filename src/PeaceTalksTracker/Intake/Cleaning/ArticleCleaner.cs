namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// Runs the cleaning rules in order on an extracted article. Rules see only the <see cref="ParsedArticle"/>, never the
/// format or the source: a rule that takes a block out takes it out of the body's Markdown and its paragraphs alike.
/// </summary>
public sealed class ArticleCleaner(IEnumerable<IArticleCleaningRule> rules)
{
    private readonly IReadOnlyList<IArticleCleaningRule> _rules = [.. rules];

    /// <summary>The rules in the order they run.</summary>
    public static IReadOnlyList<IArticleCleaningRule> DefaultRules() => [new PublicationDateRule(), new DerivedTitleRule(), new LongParagraphRule()];

    public ParsedArticle Clean(ParsedArticle article)
    {
        foreach (var rule in _rules)
        {
            article = rule.Apply(article);
        }

        return article;
    }
}
