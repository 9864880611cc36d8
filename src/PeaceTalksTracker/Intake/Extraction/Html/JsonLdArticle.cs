using System.Text.Json;

namespace PeaceTalksTracker.Intake.Extraction.Html;

/// <summary>The fields of a page's JSON-LD article object that extraction reads.</summary>
internal sealed record JsonLdArticle(
    string Type,
    string? Headline,
    string? Published,
    string? Modified,
    IReadOnlyList<string> Authors,
    string? Publisher,
    string? Url,
    string? Description,
    string? Section,
    string? Language)
{
    // schema.org's article types (and the postings news sites use for the same thing), as Readability accepts them.
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "AskPublicNewsArticle", "AdvertiserContentArticle", "SatiricalArticle", "ScholarlyArticle",
        "TechArticle", "Report", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting",
    };

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>
    /// The first article object in the page's JSON-LD scripts: a top-level object, an array of them, or an
    /// <c>@graph</c>. A script that does not parse is skipped (pages often carry broken JSON-LD next to a good one).
    /// </summary>
    public static JsonLdArticle? Find(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            JsonDocument document;
            try
            {
                // Some CMSs wrap the JSON in an HTML comment or CDATA marker.
                document = JsonDocument.Parse(Unwrap(script), Lenient);
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                if (Search(document.RootElement, 0) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static string Unwrap(string script)
    {
        var text = script.Trim();
        foreach (var (open, close) in new[] { ("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>") })
        {
            if (text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal))
            {
                text = text[open.Length..^close.Length].Trim();
            }
        }

        return text;
    }

    private static JsonLdArticle? Search(JsonElement element, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Search(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (ArticleType(element) is { } type)
                {
                    return Read(element, type);
                }

                return element.TryGetProperty("@graph", out var graph) ? Search(graph, depth + 1) : null;
            default:
                return null;
        }
    }

    private static string? ArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return null;
        }

        var types = type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray(),
            _ => Array.Empty<string>(),
        };
        return types.FirstOrDefault(ArticleTypes.Contains);
    }

    private static JsonLdArticle Read(JsonElement article, string type) => new(
        type,
        Text(article, "headline") ?? Text(article, "name"),
        Text(article, "datePublished"),
        Text(article, "dateModified"),
        Names(article, "author"),
        Names(article, "publisher").FirstOrDefault(),
        Text(article, "url") ?? (article.TryGetProperty("mainEntityOfPage", out var main) ? AsText(main) ?? Text(main, "@id") : null),
        Text(article, "description"),
        Text(article, "articleSection"),
        Text(article, "inLanguage"));

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) ? AsText(value) : null;

    private static string? AsText(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Select(AsText).FirstOrDefault(t => t is not null),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A person or organisation field: a name string, an object with a name, or an array of either.</summary>
    private static List<string> Names(JsonElement element, string property)
    {
        var names = new List<string>();
        if (element.TryGetProperty(property, out var value))
        {
            Collect(value, names);
        }

        return names.Distinct(StringComparer.Ordinal).ToList();

        static void Collect(JsonElement value, List<string> names)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                    names.Add(value.GetString()!.Trim());
                    break;
                case JsonValueKind.Object when Text(value, "name") is { } name:
                    names.Add(name);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        Collect(item, names);
                    }

                    break;
            }
        }
    }
}
