using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// A first line that is a dateline ("Moscow CNN —"), a time ("16:14"), a user-interface label ("VIEW VIDEO") or a
/// newsletter banner is not a headline (cleaning-rules.json, notTitles): the title is then derived from the lede, and a
/// dateline is kept as the article's dateline. Anything else dropped is kept aside.
/// </summary>
public sealed class HeadlineRule(CleaningRules rules) : IArticleCleaningRule
{
    public ParsedArticle Apply(ParsedArticle article)
    {
        if (article.Headline is null)
        {
            return article;
        }

        var headline = BlockText.Collapse(article.Headline);
        var match = rules.NotTitles.FirstOrDefault(r => r.Pattern.IsMatch(headline));
        if (match is null)
        {
            return article;
        }

        return match.IsDateline
            ? article with { Headline = null, Dateline = article.Dateline ?? headline.TrimEnd('—', '–', '-', ' ') }
            : article with { Headline = null, RemovedTexts = [new ParsedRemoval(RemovedTextKind.NotATitle, headline), .. article.RemovedTexts] };
    }
}
