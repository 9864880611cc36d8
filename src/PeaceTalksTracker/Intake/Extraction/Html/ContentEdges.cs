using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PeaceTalksTracker.Intake.Extraction.Html;

/// <summary>
/// Trims what Readability leaves at the edges of the main content that is structurally not the article: share bars,
/// newsletter boxes, "related" and "read more" link lists, teasers. Every rule is a shape of the DOM (class and id
/// words pages use for such furniture, a list that is nothing but links), never a site's or a sentence's wording.
/// </summary>
internal static partial class ContentEdges
{
    public static void Trim(IElement content)
    {
        foreach (var element in content.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || !content.Contains(element))
            {
                continue;
            }

            if (IsFurniture(element) || IsLinkList(element))
            {
                element.Remove();
            }
        }
    }

    /// <summary>Drops a heading that repeats the title, and headings left with nothing under them at the end.</summary>
    public static IReadOnlyList<ParsedBlock> DropTitleAndTrailingHeadings(IReadOnlyList<ParsedBlock> blocks, params string?[] titles)
    {
        var kept = blocks.Where(b => b.Kind != BlockKind.Heading || !titles.Any(t => t is not null && Same(b.Text, t))).ToList();
        // A body of headings alone is kept as it is, for cleaning to judge the page.
        while (kept.Count > 0 && kept[^1].Kind == BlockKind.Heading && kept.Any(b => b.Kind != BlockKind.Heading))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept;
    }

    private static bool Same(string a, string b) => string.Equals(Words().Replace(a, " ").Trim(), Words().Replace(b, " ").Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool IsFurniture(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        if (names.Length <= 1 || element.LocalName is "p" or "li" or "h1" or "h2" or "h3" or "h4" or "table")
        {
            return false;
        }

        // Only small blocks: a misnamed wrapper holding most of the article must not take the article with it.
        return FurnitureName().IsMatch(names) && element.TextContent.Length < 1500;
    }

    /// <summary>A list whose every item is a link (a "related stories" or "read more" list), or a list that is mostly link text.</summary>
    private static bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol"))
        {
            return false;
        }

        var items = element.Children.Where(c => c.LocalName == "li").ToList();
        if (items.Count < 2)
        {
            return false;
        }

        var linkText = element.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        var text = element.TextContent.Trim().Length;
        return text > 0 && items.All(i => i.QuerySelector("a") is not null) && linkText >= 0.8 * text;
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|subscription|signup|sign-up|related|recommended|recommendations|promo|teaser|teasers|more-stories|read-more|readmore|also-read|outbrain|taboola|advert|advertisement|sponsored|comments?|tags|breadcrumbs?|print-only)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"\W+")]
    private static partial Regex Words();
}
