namespace PeaceTalksTracker.Intake.Extraction;

/// <summary>
/// The optional YAML front matter at the top of an article (<c>---</c> … <c>---</c>): a mapping of flat keys to values.
/// It is how a user corrects a guess without touching the article text, so it is read leniently: unknown keys are
/// ignored, nested values are ignored with a note; only front matter that is not a mapping at all is an error.
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
        var date = DateParser.Parse(Get("date", "published", "published_on", "publishedOn", "pubdate"));
        var modified = DateParser.Parse(Get("updated", "modified", "last_modified", "date_modified"));

        // The front matter's date and outlet are candidates like a page's metadata: cleaning weighs them against the
        // address and the text (Cleaning/PublicationDateRule, OutletRule) and notes a disagreement.
        var page = article.Page with
        {
            Origin = "front matter",
            Headline = title ?? article.Page.Headline,
            SiteName = outlet ?? article.Page.SiteName,
            Description = Get("description", "summary") ?? article.Page.Description,
            Published = date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : article.Page.Published,
            Modified = modified is { } m ? new DateTimeOffset(m.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : article.Page.Modified,
            CanonicalUrl = (sourceIsUrl ? source : null) ?? article.Page.CanonicalUrl,
            Section = Get("section", "category") ?? article.Page.Section,
        };
        return article with
        {
            Page = page,
            Headline = title ?? article.Headline,
            Subtitle = Get("subtitle", "standfirst", "dek") ?? article.Subtitle,
            Outlet = outlet ?? article.Outlet,
            Author = Get("author", "byline", "by") ?? article.Author,
            Dateline = Get("dateline", "location", "place") ?? article.Dateline,
            PublishedOn = article.PublishedOn,
            SourceUrl = sourceIsUrl ? source : article.SourceUrl,
            Description = Get("description", "summary") ?? article.Description,
        };
    }

    /// <summary>What reading the front matter set aside (nested or unusable keys), for the import line.</summary>
    public IReadOnlyList<string> Notes { get; private init; } = [];

    /// <summary>
    /// Splits the front matter off the text; without a closed <c>---</c> block the text is all body. The block is read
    /// as YAML (YamlDotNet's event parser, so nothing is built from it but flat scalar values): a nested or unusable
    /// value is ignored with a note, YAML whose top is not a mapping is rejected, and YAML that does not parse is read
    /// line by line as <c>key: value</c> with a note (hand-written front matter often has an unquoted colon).
    /// </summary>
    /// <exception cref="FormatException">The front matter is YAML but not a mapping of keys to values.</exception>
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

        var body = string.Join('\n', lines[(end + 1)..]);
        var yaml = string.Join('\n', lines[1..end]);
        var notes = new List<string>();
        var values = YamlFrontMatter.Read(yaml, notes) ?? ReadLines(lines[1..end], notes);
        return (new FrontMatter(values) { Notes = notes }, body);
    }

    private static Dictionary<string, string> ReadLines(string[] lines, List<string> notes)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
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

        return values;
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
