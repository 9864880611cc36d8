namespace PeaceTalksTracker.Articles;

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
