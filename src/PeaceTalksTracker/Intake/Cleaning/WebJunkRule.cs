using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// Takes the web page's furniture out of the body and keeps it aside (RemovedTexts), from cleaning-rules.json:
/// <list type="bullet">
/// <item>junk phrases: a whole block that matches a junk pattern and is no longer than the rule's maxWords (navigation,
/// cookie / browser / notification / translation notices, newsletter and app prompts, paywall prompts...);</item>
/// <item>share bars: a line made only of share buttons;</item>
/// <item>related links: the run of short headline-like lines ending the body (no closing full stop, or anything short
/// after a "Previous / Next Article" link).</item>
/// </list>
/// A block is only ever taken whole, and only when short: a sentence of reporting that shares the words stays.
/// </summary>
public sealed class WebJunkRule(CleaningRules rules) : IArticleCleaningRule
{
    // One array for every block, not one per call (this runs on every block of every article).
    private static readonly char[] ShareBarSeparators = [' ', '/', '|', '·', '•'];

    public ParsedArticle Apply(ParsedArticle article)
    {
        var kept = new List<ParsedBlock>(article.Blocks.Count);
        var removed = new List<ParsedRemoval>();
        var navigationAt = -1;
        foreach (var block in article.Blocks)
        {
            var kind = block.Kind == BlockKind.Table ? null : Classify(BlockText.Collapse(block.Text));
            if (kind is null)
            {
                kept.Add(block);
                continue;
            }

            removed.Add(new ParsedRemoval(kind.Value, BlockText.Collapse(block.Text)));
            if (kind == RemovedTextKind.Navigation)
            {
                navigationAt = kept.Count;
            }
        }

        var tailStart = RelatedLinksStart(kept, navigationAt);
        if (tailStart < kept.Count)
        {
            removed.AddRange(kept.Skip(tailStart).Select(b => new ParsedRemoval(RemovedTextKind.RelatedLinks, BlockText.Collapse(b.Text))));
            kept.RemoveRange(tailStart, kept.Count - tailStart);
        }

        return removed.Count == 0 ? article : article with { Blocks = kept, RemovedTexts = [.. article.RemovedTexts, .. removed] };
    }

    /// <summary>What kind of junk one block is, or null when it is article text.</summary>
    public RemovedTextKind? Classify(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var words = BlockText.Words(text);
        if (IsShareBar(text))
        {
            return RemovedTextKind.ShareBar;
        }

        foreach (var rule in rules.Junk)
        {
            if (words <= rule.MaxWords && rule.Pattern.IsMatch(text))
            {
                return rule.Kind;
            }
        }

        return null;
    }

    private bool IsShareBar(string text)
    {
        // Counted before splitting: a paragraph of reporting has more tokens than any share bar, and splitting every
        // paragraph of every article was most of this rule's time.
        if (!HasTokens(text, rules.MinShareButtons, 3 * rules.ShareButtons.Count))
        {
            return false;
        }

        var tokens = text.Split(ShareBarSeparators, StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= rules.MinShareButtons && tokens.Length <= 3 * rules.ShareButtons.Count
            && tokens.All(t => rules.ShareButtons.Contains(t.Trim(':', ',').ToLowerInvariant()));
    }

    private static bool HasTokens(ReadOnlySpan<char> text, int min, int max)
    {
        var tokens = 0;
        var inToken = false;
        foreach (var c in text)
        {
            var separator = ShareBarSeparators.Contains(c);
            if (!separator && !inToken && ++tokens > max)
            {
                return false;
            }

            inToken = !separator;
        }

        return tokens >= min;
    }

    /// <summary>Where the closing run of related-headline lines starts (the block count when there is none).</summary>
    private int RelatedLinksStart(List<ParsedBlock> blocks, int navigationAt)
    {
        var start = blocks.Count;
        while (start > 0 && IsHeadlineLike(blocks[start - 1], strict: true))
        {
            start--;
        }

        // Recommendations follow an article: a run that is the whole body is the page itself (a section front, which
        // the page-quality rule flags, or a text in short lines), and stays.
        if (start > 0 && blocks.Count - start >= rules.RelatedMinLines)
        {
            return start;
        }

        // Past a "Previous / Next Article" link, short lines are the site's recommendations whatever their punctuation.
        if (rules.RelatedAfterNavigation && navigationAt > 0 && navigationAt < blocks.Count
            && blocks.Skip(navigationAt).All(b => IsHeadlineLike(b, strict: false)))
        {
            return navigationAt;
        }

        return blocks.Count;
    }

    private bool IsHeadlineLike(ParsedBlock block, bool strict)
    {
        // A closing bullet list is the article's own summary more often than not; recommendations are bare lines.
        if (block.Kind is BlockKind.Table || (strict && block.Kind is BlockKind.ListItem or BlockKind.OrderedListItem))
        {
            return false;
        }

        var text = BlockText.Collapse(block.Text);
        var words = BlockText.Words(text);
        return words > 0 && words <= rules.RelatedMaxWords && BlockText.Sentences(text) <= 2 && (!strict || !BlockText.EndsLikeASentence(text));
    }
}
