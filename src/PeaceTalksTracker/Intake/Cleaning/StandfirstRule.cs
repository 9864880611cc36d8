using System.Text.RegularExpressions;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// The standfirst is the source's own one-line description (front matter, page metadata) unless the text had one;
/// a junk standfirst ("TIPxMake a text selection to add comments", a bare section label) is dropped and kept aside; a
/// section crumb after a pipe ("… | Finance &amp; economics") is taken off; and a first body paragraph that only repeats
/// the standfirst leaves the body.
/// </summary>
public sealed partial class StandfirstRule(CleaningRules rules) : IArticleCleaningRule
{
    private const int MaxCrumbWords = 4;
    private const int TruncatedAt = 150;

    public ParsedArticle Apply(ParsedArticle article)
    {
        var removed = new List<ParsedRemoval>();
        var subtitle = Clean(article.Subtitle, removed);
        var description = Clean(article.Page.Description ?? article.Description, removed);
        if (description is not null && description.Length >= TruncatedAt && !BlockText.EndsLikeASentence(description))
        {
            // Crawlers cut descriptions at a length ("… trump cards in its p"): say so rather than end mid-word.
            description += "…";
        }

        var standfirst = subtitle ?? description;
        var blocks = article.Blocks;
        var firstParagraph = blocks.FirstOrDefault(b => b.Kind == BlockKind.Paragraph);
        if (standfirst is not null && firstParagraph is not null && Repeats(firstParagraph.Text, standfirst))
        {
            blocks = [.. blocks.Where(b => !ReferenceEquals(b, firstParagraph))];
            removed.Add(new ParsedRemoval(RemovedTextKind.Standfirst, BlockText.Collapse(firstParagraph.Text)));
        }

        return article with
        {
            Subtitle = standfirst,
            Description = description,
            Blocks = blocks,
            RemovedTexts = removed.Count == 0 ? article.RemovedTexts : [.. article.RemovedTexts, .. removed],
        };
    }

    public bool IsJunk(string text) => rules.JunkStandfirsts.Any(r => r.IsMatch(text));

    private string? Clean(string? text, List<ParsedRemoval> removed)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clean = BlockText.Collapse(text);
        var crumb = TrailingCrumb().Match(clean);
        if (crumb.Success && BlockText.Words(crumb.Groups["crumb"].Value) <= MaxCrumbWords && BlockText.Words(clean) > 2 * MaxCrumbWords)
        {
            clean = clean[..crumb.Index].TrimEnd();
        }

        if (IsJunk(clean))
        {
            removed.Add(new ParsedRemoval(RemovedTextKind.Standfirst, clean));
            return null;
        }

        return clean;
    }

    /// <summary>The same words, ignoring spaces and punctuation (crawls lose a space: "producedthe").</summary>
    private static bool Repeats(string paragraph, string standfirst)
    {
        var a = OutletDirectory.Key(paragraph);
        var b = OutletDirectory.Key(standfirst.TrimEnd('…'));
        return b.Length >= 20 && (a == b || (a.StartsWith(b, StringComparison.Ordinal) && b.Length * 10 >= a.Length * 9));
    }

    [GeneratedRegex(@"\s+\|\s+(?<crumb>[^|]+)$")]
    private static partial Regex TrailingCrumb();
}
