using System.Text.RegularExpressions;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// An article without a headline (a page that opens with a photo caption) gets a title made from its lede, marked as
/// derived: the first paragraph, else the caption, else the first list item or table.
/// </summary>
public sealed partial class DerivedTitleRule : IArticleCleaningRule
{
    private const int DerivedTitleLength = 90;

    public ParsedArticle Apply(ParsedArticle article)
    {
        if (article.Headline is not null)
        {
            return article;
        }

        var paragraphs = article.Paragraphs;
        var lede = paragraphs.FirstOrDefault(p => p.Kind == ParagraphKind.Paragraph)?.Text ?? article.Caption ?? (paragraphs.Count > 0 ? paragraphs[0].Text : null);
        return article with { DerivedTitle = lede is null ? "Untitled" : DeriveTitle(lede) };
    }

    /// <summary>A headline made from the lede: its first sentence, cut at a word boundary if it runs long.</summary>
    internal static string DeriveTitle(string lede)
    {
        // The first sentence, unless a split after an abbreviation ("U.K. MONEY MARKET…") left only a scrap.
        var sentences = SentenceEnd().Split(lede);
        var sentence = sentences[0].Trim();
        for (var i = 1; i < sentences.Length && sentence.Length < 30; i++)
        {
            sentence += " " + sentences[i].Trim();
        }

        if (sentence.Length <= DerivedTitleLength)
        {
            return sentence.TrimEnd('.', ' ');
        }

        var cut = sentence.LastIndexOf(' ', DerivedTitleLength);
        var words = sentence[..(cut > 20 ? cut : DerivedTitleLength)].Split(' ').ToList();
        while (words.Count > 3 && DanglingWord().IsMatch(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':', '–', '—', '-', ' ') + "…";
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z“""‘'])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|despite|as|that|which|its|their|his|her)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingWord();
}
