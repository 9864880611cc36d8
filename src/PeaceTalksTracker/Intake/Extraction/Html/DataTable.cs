using AngleSharp.Dom;

namespace PeaceTalksTracker.Intake.Extraction.Html;

/// <summary>
/// A table of data (rows and columns of short cells) becomes a Markdown pipe table whose cells are escaped text; a table
/// used for layout (one column, or cells holding paragraphs, lists or other tables) is read as the content it holds.
/// </summary>
internal static class DataTable
{
    public static bool IsData(IElement table)
    {
        var rows = Rows(table);
        if (rows.Count < 2 || rows.Max(r => r.Count) < 2)
        {
            return false;
        }

        return table.QuerySelector("table, p, ul, ol, div, blockquote, h1, h2, h3, h4, h5, h6, figure") is null;
    }

    public static string ToMarkdown(IElement table)
    {
        var rows = Rows(table).Select(r => r.Select(Cell).ToList()).ToList();
        var columns = rows.Max(r => r.Count);
        var lines = new List<string>(rows.Count + 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(Enumerable.Repeat("", columns - rows[i].Count));
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (i == 0)
            {
                lines.Add("|" + string.Join("|", Enumerable.Repeat("---", columns)) + "|");
            }
        }

        return string.Join('\n', lines);
    }

    private static List<List<IElement>> Rows(IElement table) =>
        table.QuerySelectorAll("tr")
            .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").ToList())
            .Where(r => r.Count > 0)
            .ToList();

    // Cell text is escaped like any paragraph: a page's "**" or "![x](…)" in a cell is text, never Markdown.
    private static string Cell(IElement cell) => MarkdownText.EscapeInline(HtmlBlockReader.Normalize(cell.TextContent));
}
