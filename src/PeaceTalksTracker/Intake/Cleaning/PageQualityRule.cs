using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// Flags a page that is not a real article, from cleaning-rules.json "quality", checked in this order on the cleaned
/// body (after the junk is gone): an age or consent wall (its words on a short page), a paywall stub (a paywall prompt
/// was taken and little text is left), a live-blog index (many time-stamped lines), a section front (a page that says
/// it is a collection, or mostly headline-like lines, and in either case little of its text in reporting paragraphs)
/// and a page too short to be an article. The page is still
/// imported and readable; Counted() leaves it out of the figures.
/// </summary>
public sealed class PageQualityRule(CleaningRules rules) : IArticleCleaningRule
{
    public ParsedArticle Apply(ParsedArticle article)
    {
        var quality = rules.Quality;
        var lines = article.Blocks.Select(b => BlockText.Collapse(b.Text)).ToList();
        var texts = lines.Where((_, i) => article.Blocks[i].Kind != BlockKind.Heading).ToList();
        var words = texts.Sum(BlockText.Words);

        var everything = string.Join('\n', article.RemovedTexts.Select(r => r.Text).Prepend(article.Title).Concat(lines));
        foreach (var wall in rules.Walls)
        {
            if (words <= wall.MaxWords && wall.Pattern.IsMatch(everything))
            {
                return Flag(wall.Flag, $"{wall.Reason}: {words} words");
            }
        }

        if (words <= quality.PaywallStub.MaxWords && article.RemovedTexts.Any(r => r.Kind == RemovedTextKind.Paywall))
        {
            return Flag(quality.PaywallStub.Flag, $"{quality.PaywallStub.Reason}: {words} words");
        }

        var live = quality.LiveBlogIndex;
        var stamps = lines.Count(l => rules.LiveBlogStamp.IsMatch(l));
        if (stamps >= live.MinStamps && stamps >= live.StampShare * lines.Count)
        {
            return Flag(live.Flag, $"{live.Reason}: {stamps} time-stamped entries");
        }

        var front = quality.SectionFront;
        // The closing run of headlines the junk rule took counts too: on a section front it is most of the page.
        var related = article.RemovedTexts.Count(r => r.Kind == RemovedTextKind.RelatedLinks);
        // A line of figures ("Net loss 7,041,000 vs loss 467,000") is a results table of a wire brief, not a headline.
        var headlines = related + lines.Count(l => BlockText.Words(l) <= front.MaxHeadlineWords && !BlockText.EndsLikeASentence(l) && !Words.IsFigures(l));
        var allLines = lines.Count + related;
        // Short lines are not enough: documentation, tables, lists and articles with many crossheads have them too. A
        // section front is headlines with little reporting; an article carries much of its text in real paragraphs.
        var prose = texts.Where(t => BlockText.Words(t) >= front.ProseParagraphWords && BlockText.EndsLikeASentence(t)).Sum(BlockText.Words);
        var mostlyProse = words > 0 && prose > front.MaxProseShare * words;
        if (!mostlyProse && article.Page.Kind is { } kind && front.PageKinds.Contains(kind, StringComparer.OrdinalIgnoreCase))
        {
            return Flag(front.Flag, $"{front.Reason}: the page says it is a {kind}");
        }

        if (!mostlyProse && allLines >= front.MinLines && headlines >= front.HeadlineShare * allLines)
        {
            return Flag(front.Flag, $"{front.Reason}: {headlines} of {allLines} lines are headlines");
        }

        if (words < quality.TooShortWords)
        {
            return Flag(quality.TooShort.Flag, $"{quality.TooShort.Reason}: {words} words");
        }

        return article with { QualityFlag = null, QualityReason = null };

        ParsedArticle Flag(string flag, string reason) => article with { QualityFlag = flag, QualityReason = reason };
    }
}
