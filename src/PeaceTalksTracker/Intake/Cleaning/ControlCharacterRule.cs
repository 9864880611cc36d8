using System.Text;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// Control characters (ESC, BEL, the C1 range...) are taken out of every text field and block: they have no meaning in
/// an article, and would reach HTML, CSV, JSON and the import's terminal output. Tabs become spaces; line breaks inside a
/// table's Markdown are kept, because they are its rows.
/// </summary>
public sealed class ControlCharacterRule : IArticleCleaningRule
{
    public ParsedArticle Apply(ParsedArticle article) => article with
    {
        Headline = Strip(article.Headline),
        DerivedTitle = Strip(article.DerivedTitle),
        Subtitle = Strip(article.Subtitle),
        Outlet = Strip(article.Outlet),
        Author = Strip(article.Author),
        Dateline = Strip(article.Dateline),
        Caption = Strip(article.Caption),
        CaptionCredit = Strip(article.CaptionCredit),
        SourceUrl = Strip(article.SourceUrl),
        Description = Strip(article.Description),
        Page = article.Page with
        {
            Headline = Strip(article.Page.Headline),
            SiteName = Strip(article.Page.SiteName),
            Description = Strip(article.Page.Description),
            CanonicalUrl = Strip(article.Page.CanonicalUrl),
            Section = Strip(article.Page.Section),
            Authors = [.. article.Page.Authors.Select(a => Strip(a)!)],
        },
        Blocks = [.. article.Blocks.Select(b => b with { Text = Strip(b.Text, keepLines: b.Kind == BlockKind.Table)! }).Where(b => b.Text.Length > 0)],
        CitedSources = [.. article.CitedSources.Select(s => s with { Name = Strip(s.Name)!, Title = Strip(s.Title) })],
        RemovedTexts = [.. article.RemovedTexts.Select(r => r with { Text = Strip(r.Text)! })],
    };

    /// <summary>The text without control characters; null stays null.</summary>
    public static string? Strip(string? text, bool keepLines = false)
    {
        if (text is null || !text.Any(IsControl))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\t')
            {
                clean.Append(' ');
            }
            else if (keepLines && c == '\n')
            {
                clean.Append(c);
            }
            else if (!IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Trim();
    }

    private static bool IsControl(char c) => char.IsControl(c) || c is '\u200B' or '\u2028' or '\u2029' or '\uFEFF';
}
