namespace PeaceTalksTracker.Intake.Extraction.Text;

/// <summary>
/// Reads plain text and wire copy (<c>.txt</c>) into a <see cref="ParsedArticle"/>: the header lines become metadata,
/// the rest becomes blocks, cited sources and the boilerplate kept aside.
/// </summary>
/// <remarks>
/// Input is treated as plain text that may carry a little Markdown structure (pipe tables, <c>-</c> lists,
/// <c>#</c> headings), as text dumps of web pages do. Inline characters are kept as written (they are escaped when the
/// body is composed), so the page shows what the author wrote and raw HTML shows as text. Each non-blank line is one
/// block (one paragraph per line, as news dumps are), except that a hard-wrapped line continuing in lower case is
/// joined to the paragraph above. Front matter is honoured here too: plain-text files have always been allowed one.
/// </remarks>
public sealed class TextExtractor : IArticleExtractor
{
    public DocumentFormat Format => DocumentFormat.Text;

    public ParsedArticle Extract(SourceDocument document)
    {
        var (frontMatter, body) = FrontMatter.Split(TextLines.Normalize(document.Text));
        var article = ReadText(body);
        return frontMatter.ApplyTo(article with
        {
            // A table's cells are text like any paragraph: the pipes make the table, the rest shows as written (issue 16.7).
            Blocks = [.. article.Blocks.Select(b => b.Kind == BlockKind.Table ? b with { Text = EscapeCells(b.Text) } : b)],
            SourceUrl = document.SourceUrl,
            Notes = frontMatter.Notes,
        });
    }

    private static string EscapeCells(string table) =>
        string.Join('\n', table.Split('\n').Select((row, i) => i == 1 ? row : BodyReader.EscapeCells(row)));

    /// <summary>Reads text without front matter: header lines, then the body.</summary>
    internal static ParsedArticle ReadText(string text)
    {
        var lines = TextLines.Read(text);
        var header = HeaderReader.Read(lines);
        var body = BodyReader.Read(lines, header.BodyStart);
        return new ParsedArticle
        {
            Headline = header.Title,
            Subtitle = header.Subtitle,
            Outlet = header.Outlet,
            Author = header.Author,
            Dateline = header.Dateline,
            PublishedOn = header.PublishedOn,
            UpdatedOn = header.UpdatedOn,
            Caption = header.Caption,
            CaptionCredit = header.CaptionCredit,
            Blocks = body.Blocks,
            CitedSources = body.Sources,
            RemovedTexts = body.Removed,
        };
    }
}
