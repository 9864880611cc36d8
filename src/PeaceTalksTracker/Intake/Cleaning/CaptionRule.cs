using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// A body line that ends with a photo credit ("… Sven Hoppe—Getty Images", "(Yuriy Dyachyshyn/AFP via Getty Images)")
/// or is labelled as one ("Image: …", "Photo by …") is a photo caption, not a heading, a contents entry or reporting:
/// it leaves the body, is kept aside, and the first one becomes the article's caption when it has none.
/// </summary>
public sealed class CaptionRule(CleaningRules rules) : IArticleCleaningRule
{
    private const int MaxCaptionWords = 70;

    public ParsedArticle Apply(ParsedArticle article)
    {
        var captions = article.Blocks
            .Where(b => b.Kind is BlockKind.Heading or BlockKind.Paragraph)
            .Where(b => IsCaption(BlockText.Collapse(b.Text)))
            .ToHashSet();
        if (captions.Count == 0)
        {
            return article;
        }

        var first = BlockText.Collapse(article.Blocks.First(captions.Contains).Text);
        return article with
        {
            Blocks = [.. article.Blocks.Where(b => !captions.Contains(b))],
            Caption = article.Caption ?? first,
            RemovedTexts = [.. article.RemovedTexts, .. article.Blocks.Where(captions.Contains).Select(b => new ParsedRemoval(RemovedTextKind.Caption, BlockText.Collapse(b.Text)))],
        };
    }

    public bool IsCaption(string text) =>
        BlockText.Words(text) is > 0 and <= MaxCaptionWords && (rules.PhotoCredit.IsMatch(text) || rules.PhotoPrefix.IsMatch(text));
}
