using System.Globalization;
using System.Text;

namespace PeaceTalksTracker.Search;

/// <summary>The current search result as CSV: one row per hit, cells quoted where needed and guarded against formula injection.</summary>
public static class SearchExport
{
    private static readonly string[] Header =
        ["slug", "title", "outlet", "published_on", "paragraph", "heading", "url", "matching_paragraphs", "snippet"];

    public static string ToCsv(IEnumerable<SearchHit> hits)
    {
        var builder = new StringBuilder();
        AppendRow(builder, Header);
        foreach (var hit in hits)
        {
            AppendRow(builder,
            [
                hit.Slug,
                hit.Title,
                hit.Outlet ?? "",
                hit.PublishedOn is { } date ? SearchQuery.FormatDate(date) : "",
                hit.Paragraph.ToString(CultureInfo.InvariantCulture),
                hit.Heading ?? "",
                Anchor(hit),
                hit.MatchingParagraphs.ToString(CultureInfo.InvariantCulture),
                hit.Snippet.ToPlainText(),
            ]);
        }

        return builder.ToString();
    }

    /// <summary>Where a hit's paragraph is read: the article page at the paragraph's anchor.</summary>
    public static string Anchor(SearchHit hit) =>
        $"/articles/{Uri.EscapeDataString(hit.Slug)}#p-{hit.Paragraph.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A cell spreadsheets will not run as a formula (a leading = + - @ tab or CR is defused with an apostrophe) and
    /// that survives commas, quotes and line breaks (RFC 4180 quoting).
    /// </summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void AppendRow(StringBuilder builder, IEnumerable<string> cells) =>
        builder.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
}
