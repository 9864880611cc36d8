using PeaceTalksTracker.Intake;

namespace PeaceTalksTracker.Tests.Intake.Cleaning;

/// <summary>Small articles written for the cleaning tests: a Markdown page with front matter, or a plain text.</summary>
internal static class CleaningFixtures
{
    /// <summary>Reporting long enough to be an article: distinct sentences, each its own paragraph.</summary>
    public static readonly string[] Reporting =
    [
        "Delegations from Kyiv and Moscow met in Geneva on Tuesday for a third round of talks mediated by Swiss diplomats, officials on both sides said.",
        "The Ukrainian negotiator told reporters that any ceasefire would have to be monitored by observers from countries both sides accept.",
        "Russian officials repeated their demand that Ukraine give up territory in the east, a condition Kyiv has rejected since the talks began last year.",
        "European governments, which are not at the table, said they would judge any agreement by whether it leaves Ukraine able to defend itself.",
        "The next round is expected in early March, though neither side would confirm a date or say who would attend from their capitals.",
    ];

    public static string Body(params string[] extra) => string.Join("\n", Reporting.Concat(extra));

    public static string Page(string frontMatter, string body) => $"---\n{frontMatter.Trim()}\n---\n\n{body}";

    public static ParsedArticle ParseMarkdown(string text) => new ArticleParser().Parse(new SourceDocument("page.md", text, DocumentFormat.Markdown));

    public static ParsedArticle ParseText(string text) => new ArticleParser().Parse(text);

    public static string AllText(ParsedArticle article) => string.Join("\n", article.Paragraphs.Select(p => p.Text));
}
