namespace PeaceTalksTracker.Intake.Extraction;

/// <summary>
/// The optional YAML front matter at the top of an article (<c>---</c> … <c>---</c>): flat <c>key: value</c> lines,
/// values plain or quoted. It is how a user corrects a guess without touching the article text, so it is read
/// leniently: unknown keys and lines that are not <c>key: value</c> are ignored, never an error.
/// </summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, string> _values;

    private FrontMatter(Dictionary<string, string> values) => _values = values;

    public static FrontMatter Empty { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    public bool IsEmpty => _values.Count == 0;

    /// <summary>The first of the given keys that has a non-empty value.</summary>
    public string? Get(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value) && value.Length > 0)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>What the front matter says wins over what was guessed from the text.</summary>
    public ParsedArticle ApplyTo(ParsedArticle article)
    {
        if (IsEmpty)
        {
            return article;
        }

        var title = Get("title", "headline");
        var source = Get("url", "source_url", "sourceUrl", "link", "canonical", "source");
        var sourceIsUrl = source is not null && (source.Contains("://", StringComparison.Ordinal) || source.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
        var outlet = Get("outlet", "publication", "publisher", "site") ?? (sourceIsUrl ? null : source);
        var date = Get("date", "published", "published_on", "publishedOn", "pubdate");
        return article with
        {
            Headline = title ?? article.Headline,
            Subtitle = Get("subtitle", "standfirst", "dek") ?? article.Subtitle,
            Outlet = outlet ?? article.Outlet,
            Author = Get("author", "byline", "by") ?? article.Author,
            Dateline = Get("dateline", "location", "place") ?? article.Dateline,
            PublishedOn = DateParser.Parse(date) ?? article.PublishedOn,
            SourceUrl = sourceIsUrl ? source : article.SourceUrl,
            Description = Get("description", "summary") ?? article.Description,
        };
    }

    /// <summary>Splits the front matter off the text; without a closed <c>---</c> block the text is all body.</summary>
    public static (FrontMatter FrontMatter, string Body) Split(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0].Trim() != "---")
        {
            return (Empty, text);
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() is "---" or "...");
        if (end < 0)
        {
            return (Empty, text);
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[1..end])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.TrimStart().StartsWith('#') || colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            if (key.Length == 0 || key.Any(char.IsWhiteSpace))
            {
                continue;
            }

            values[key] = Unquote(line[(colon + 1)..].Trim());
        }

        return (new FrontMatter(values), string.Join('\n', lines[(end + 1)..]));
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal).Trim();
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal).Trim();
        }

        // In YAML a " #" starts a comment after a plain value.
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? value[..comment] : value).Trim();
    }
}
