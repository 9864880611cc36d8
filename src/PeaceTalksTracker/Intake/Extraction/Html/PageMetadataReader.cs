using System.Globalization;
using AngleSharp.Html.Dom;

namespace PeaceTalksTracker.Intake.Extraction.Html;

/// <summary>
/// Reads what a saved page declares about itself, in this order of trust: JSON-LD article object, OpenGraph and
/// <c>article:</c> meta, plain <c>&lt;meta name&gt;</c> (author, description, Dublin Core, Parse.ly), <c>&lt;link
/// rel=canonical&gt;</c>, <c>&lt;html lang&gt;</c>. Among the meta tags, Dublin Core comes before OpenGraph for the
/// title, the author and the description, as Readability reads them. Each field takes the first declaration that has
/// it; the one judgement made here is which declared title is the article's (see <see cref="Outvoted"/>). Which name
/// is the outlet and which date wins when they disagree is cleaning's call.
/// </summary>
internal static class PageMetadataReader
{
    public static PageMetadata Read(IHtmlDocument document, Uri? pageUrl)
    {
        var jsonLd = JsonLdArticle.Find(document.QuerySelectorAll("script[type]")
            .Where(s => s.GetAttribute("type")!.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.TextContent));
        var meta = MetaValues(document);
        var origins = new List<string>();
        if (jsonLd is not null)
        {
            origins.Add("json-ld");
        }

        if (meta.Keys.Any(k => k.StartsWith("og:", StringComparison.Ordinal) || k.StartsWith("article:", StringComparison.Ordinal)))
        {
            origins.Add("opengraph");
        }

        if (meta.Keys.Any(k => k is "author" or "description" || k.StartsWith("dc.", StringComparison.Ordinal)))
        {
            origins.Add("meta");
        }

        string? Meta(params string[] keys) => keys.Select(k => meta.GetValueOrDefault(k)?[0]).FirstOrDefault(v => v is not null);
        List<string> All(string key) => meta.GetValueOrDefault(key) ?? [];

        // Each co-author may have a tag of their own (OpenGraph's article:author is an array; Dublin Core repeats
        // DC.creator): every tag of the first author key that has one counts, in the page's order.
        var authors = jsonLd?.Authors is { Count: > 0 } declared
            ? declared
            : AuthorKeys
                .Select(key => All(key).SelectMany(Split).ToList())
                .FirstOrDefault(list => list.Count > 0)
              ?? All("article:author").Select(NotAUrl).SelectMany(Split).ToList();
        authors = [.. authors.Distinct(StringComparer.OrdinalIgnoreCase)];
        var canonical = document.QuerySelectorAll("link[rel][href]")
            .Where(l => l.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
            .Select(l => l.GetAttribute("href"))
            .FirstOrDefault();
        var language = document.DocumentElement.GetAttribute("lang") ?? Meta("content-language", "og:locale", "dc.language") ?? jsonLd?.Language;
        var documentTitle = document.QuerySelector("head > title")?.TextContent ?? document.Title;

        var siteName = Clean(jsonLd?.Publisher) ?? Clean(Meta("og:site_name", "application-name", "dc.publisher"));
        var heading = Clean(document.QuerySelector("h1")?.TextContent);
        var declaredHeadline = Clean(jsonLd?.Headline) ?? Clean(Meta("dc.title", "dcterms.title", "og:title", "twitter:title", "parsely-title"));
        var headline = Outvoted(Clean(jsonLd?.Headline), heading, Clean(documentTitle), siteName)
            // A declared title that is the site's own name is the site's metadata on every page (a page saved from a
            // site that fills it in by script), not this article's.
            ?? (string.Equals(declaredHeadline, siteName, StringComparison.OrdinalIgnoreCase) ? Outvoted(declaredHeadline, heading, Clean(documentTitle), siteName) : null)
            ?? declaredHeadline ?? Clean(documentTitle);

        return new PageMetadata
        {
            Origin = origins.Count > 0 ? string.Join(", ", origins) : null,
            Headline = headline,
            SiteName = siteName,
            Authors = authors,
            Description = Clean(jsonLd?.Description) ?? Clean(Meta("dc.description", "dcterms.description", "og:description", "description", "twitter:description")),
            Published = Date(jsonLd?.Published) ?? Date(Meta("article:published_time", "og:article:published_time", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "date", "pubdate", "publishdate")),
            Modified = Date(jsonLd?.Modified) ?? Date(Meta("article:modified_time", "og:updated_time", "dcterms.modified", "last-modified")),

            // The canonical link is the page's own word for its address, so it goes before og:url and JSON-LD url,
            // which sites sometimes fill with their home page.
            CanonicalUrl = Absolute(canonical, pageUrl) ?? Absolute(Meta("og:url"), pageUrl) ?? Absolute(jsonLd?.Url, pageUrl),
            Language = Clean(language),
            Kind = jsonLd?.Type ?? Clean(Meta("og:type")),
            Section = Clean(jsonLd?.Section) ?? Clean(Meta("article:section", "parsely-section")),
        };
    }

    /// <summary>
    /// The page's heading, when it and the document title agree on a headline that the declared one is not: two
    /// declarations outvote one. Some publishers fill JSON-LD <c>headline</c> with something else (Wikipedia puts the
    /// short description there: "constitutional monarchy in Oceania" on "New Zealand"). The title must be the heading
    /// alone or the heading and a short suffix ("New Zealand - Wikipedia"), and the heading must not be the site's name,
    /// so a logo set in an <c>h1</c> never wins. Otherwise null, and the declared headline keeps its place.
    /// </summary>
    private static string? Outvoted(string? declared, string? heading, string? documentTitle, string? siteName)
    {
        if (declared is null || heading is null || documentTitle is null
            || string.Equals(heading, siteName, StringComparison.OrdinalIgnoreCase)
            || !documentTitle.StartsWith(heading, StringComparison.OrdinalIgnoreCase)
            || documentTitle.Contains(declared, StringComparison.OrdinalIgnoreCase)
            || heading.Contains(declared, StringComparison.OrdinalIgnoreCase)
            || declared.Contains(heading, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var suffix = documentTitle[heading.Length..].Trim();
        var isShortSuffix = suffix.Length == 0
            || ("-–—|:·•".Contains(suffix[0]) && suffix[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxTitleSuffixWords);
        return isShortSuffix ? heading : null;
    }

    // The longest site name a document title carries after the headline ("- Wikipedia", "| The Kyiv Independent").
    private const int MaxTitleSuffixWords = 5;

    /// <summary>A declared date; one without an offset is taken as UTC, one that does not parse is no date.</summary>
    internal static DateTimeOffset? Date(string? value) =>
        value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;

    /// <summary>
    /// Every meta key's values in the page's order, read in one pass: only its <c>property</c> declarations (RDFa:
    /// OpenGraph, Dublin Core) when it has any, as Readability reads them, else its <c>name</c> ones. A field takes the
    /// first value; the authors take them all.
    /// </summary>
    private static Dictionary<string, List<string>> MetaValues(IHtmlDocument document)
    {
        var fromProperty = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var fromName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var content = Clean(meta.GetAttribute("content"));
            if (content is null)
            {
                continue;
            }

            var declarations = meta.HasAttribute("property") ? fromProperty : fromName;
            foreach (var key in KeysOf(meta))
            {
                if (!declarations.TryGetValue(key, out var values))
                {
                    declarations[key] = values = [];
                }

                values.Add(content);
            }
        }

        foreach (var (key, values) in fromName)
        {
            fromProperty.TryAdd(key, values);
        }

        return fromProperty;
    }

    // The meta keys that name the author, in order of trust (Dublin Core first, as Readability reads them).
    private static readonly string[] AuthorKeys = ["dc.creator", "dcterms.creator", "author", "parsely-author", "sailthru.author", "byl"];

    // property="og:title", name="author", itemprop="…", http-equiv="content-language"; a few sites space-separate several.
    private static IEnumerable<string> KeysOf(AngleSharp.Dom.IElement meta) =>
        (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("http-equiv") ?? meta.GetAttribute("itemprop") ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Key);

    /// <summary>A meta key in one spelling: lower case, Dublin Core as "dc." and "dcterms." whether written with a dot or a colon.</summary>
    private static string Key(string key)
    {
        var lower = key.ToLowerInvariant();
        return lower.StartsWith("dc:", StringComparison.Ordinal) ? "dc." + lower[3..]
            : lower.StartsWith("dcterms:", StringComparison.Ordinal) ? "dcterms." + lower[8..]
            : lower.StartsWith("dcterm:", StringComparison.Ordinal) || lower.StartsWith("dcterm.", StringComparison.Ordinal) ? "dcterms." + lower[7..]
            : lower;
    }

    // A declared author is sometimes the printed byline ("By Corey Kilgannon", NYT's "byl"): the name is what follows.
    private static List<string> Split(string? authors) =>
        authors is null ? [] : [.. authors.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? a[3..].TrimStart() : a)
            .Where(a => a.Length > 0)];

    private static string? NotAUrl(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? null : value;

    private static string? Absolute(string? url, Uri? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, url.Trim(), out var resolved) && resolved.Scheme is "http" or "https"
            ? resolved.ToString()
            : null;
    }

    internal static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length > 0 ? System.Net.WebUtility.HtmlDecode(cleaned) : null;
    }
}
