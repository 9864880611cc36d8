using System.Globalization;
using System.Text;
using PeaceTalksTracker.Api;

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

    private static void AppendRow(StringBuilder builder, IEnumerable<string> cells) => builder.Append(Csv.Row(cells));
}
