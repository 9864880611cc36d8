namespace PeaceTalksTracker.Hosting;

/// <summary>
/// The <c>&lt;meta name="description"&gt;</c> of every page (search engines show it under the title; Lighthouse's SEO
/// audit wants one). The layout asks here; a page that knows better sets <c>ViewData["Description"]</c>.
/// </summary>
public static class PageDescriptions
{
    public const string Default =
        "PeaceTalksTracker: read, search, filter and compare news coverage of the Ukraine peace talks, by stakeholder and by theme.";

    private const int MaxLength = 160;

    public static string For(PathString path, string? title, string? description)
    {
        if (!string.IsNullOrWhiteSpace(description))
        {
            return Shorten(description);
        }

        var value = path.Value?.TrimEnd('/') ?? "";
        var named = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        return Shorten(value switch
        {
            "" => "Articles on the Ukraine peace talks, filtered by stakeholder, theme, outlet and date, each filter with its count.",
            "/search" => "Full-text search of the coverage of the Ukraine peace talks, with stakeholder, theme and outlet facets.",
            "/stakeholders" => "Every stakeholder the coverage of the Ukraine peace talks names, with its mentions, passages and quotes.",
            "/themes" => "Every theme of the coverage of the Ukraine peace talks, with the passages about it and how much each article gives it.",
            "/coverage" => "Heatmaps of the coverage of the Ukraine peace talks: articles by stakeholder and by theme, and articles per month.",
            "/compare" => "Articles on the Ukraine peace talks side by side: stakeholders, themes, aligned passages and quotes.",
            "/feeds" => "The news feeds PeaceTalksTracker polls for coverage of the Ukraine peace talks: last fetch, last success, items imported, errors.",
            "/compare/matrix" => "How similar the newest articles on the Ukraine peace talks are, pair by pair, each cell linking to the comparison.",
            _ when named is not null && value.StartsWith("/articles/", StringComparison.OrdinalIgnoreCase) =>
                $"{named}: the article with the stakeholders it names, its themes and its quotes, on PeaceTalksTracker.",
            _ when named is not null && value.StartsWith("/stakeholders/", StringComparison.OrdinalIgnoreCase) =>
                $"{named}: every passage and quote naming it in the coverage of the Ukraine peace talks, article by article.",
            _ when named is not null && value.StartsWith("/themes/", StringComparison.OrdinalIgnoreCase) =>
                $"{named}: every passage about it in the coverage of the Ukraine peace talks, article by article.",
            _ => Default,
        });
    }

    // Control characters never reach the attribute, and a long title does not make a description search engines cut.
    private static string Shorten(string text)
    {
        var clean = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return clean.Length <= MaxLength ? clean : clean[..(MaxLength - 1)].TrimEnd() + "…";
    }
}
