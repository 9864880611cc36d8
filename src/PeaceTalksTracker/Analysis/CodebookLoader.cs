using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Analysis;

/// <summary>A codebook file that cannot be used; the message names the file, the line and what is wrong.</summary>
public sealed class CodebookException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads and checks a codebook file. Unknown fields, duplicate keys, duplicate ids or aliases, empty terms and
/// malformed colours are errors that point at the line, because a codebook that silently ignores a typo tags wrongly.
/// </summary>
public static partial class CodebookLoader
{
    /// <summary>
    /// Part of every codebook hash: bump it when the tagging rules change, so stores re-tag with the new rules
    /// even when the file did not change.
    /// </summary>
    public const string TaggerVersion = "tagger-2";

    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Codebook LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CodebookException($"Codebook {path} cannot be read: {ex.Message}", ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and checks codebook JSON; <paramref name="source"/> says where it came from, for messages.</summary>
    public static Codebook Parse(string text, string source)
    {
        Codebook? codebook;
        try
        {
            codebook = JsonSerializer.Deserialize<Codebook>(text, Options);
        }
        catch (JsonException ex)
        {
            // LineNumber is zero-based; editors count from one.
            var where = ex.LineNumber is { } line ? $"line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "an unknown line";
            throw new CodebookException($"Codebook {source} is not valid at {where}: {Explain(ex)}", ex);
        }

        if (codebook is null)
        {
            throw new CodebookException($"Codebook {source} is empty (null).");
        }

        Validate(codebook, text, source);
        return codebook with { Hash = ComputeHash(text), Source = text };
    }

    public static string ComputeHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TaggerVersion + "\n" + text.ReplaceLineEndings("\n"))))[..16];

    private static string Explain(JsonException ex)
    {
        // The serializer speaks of .NET types and repeats the position; say it in the codebook's own words.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        if (UnknownMember().Match(message) is { Success: true } unknown)
        {
            return $"'{unknown.Groups["field"].Value}' is not a field of a {Kind(unknown.Groups["type"].Value)} (check its spelling; unknown fields are refused so a typo is never silently ignored)";
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"a {Kind(missing.Groups["type"].Value)} lacks its required field(s) {missing.Groups["fields"].Value}";
        }

        return message;

        static string Kind(string type) => type switch
        {
            nameof(StakeholderCode) => "stakeholder",
            nameof(ThemeCode) => "theme",
            nameof(PersonCode) => "person",
            _ => "codebook",
        };
    }

    private static void Validate(Codebook codebook, string text, string source)
    {
        var errors = new List<string>();
        void Error(string message, string near, int occurrence = 1) =>
            errors.Add(LineOf(text, near, occurrence) is > 0 and var line ? $"line {line}: {message}" : message);

        if (codebook.Stakeholders.Count == 0)
        {
            errors.Add("it defines no stakeholders");
        }

        if (codebook.Themes.Count == 0)
        {
            errors.Add("it defines no themes");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stakeholder in codebook.Stakeholders)
        {
            CheckId(stakeholder.Id, "stakeholder");
            if (string.IsNullOrWhiteSpace(stakeholder.Name))
            {
                Error($"stakeholder '{stakeholder.Id}' has an empty name", $"\"{stakeholder.Id}\"");
            }

            foreach (var (color, field) in new[] { (stakeholder.Color, "color"), (stakeholder.ColorOnDark, "colorOnDark") })
            {
                if (!ColorPattern().IsMatch(color))
                {
                    Error($"stakeholder '{stakeholder.Id}' has {field} '{color}'; write a colour as #rrggbb", $"\"{color}\"");
                }
                else if (Contrast(color, field == "color" ? "#ffffff" : DarkBackground) is var ratio and < MinimumContrast)
                {
                    Error($"stakeholder '{stakeholder.Id}' has {field} '{color}' at {ratio:0.00}:1 on {(field == "color" ? "white" : DarkBackground)}; it needs at least {MinimumContrast}:1 to be readable", $"\"{color}\"");
                }
            }

            var terms = stakeholder.Aliases.Concat(stakeholder.Adjectives).Concat(stakeholder.Institutions)
                .Concat(stakeholder.People.SelectMany(p => p.Aliases.Prepend(p.Name)));
            if (!terms.Any())
            {
                Error($"stakeholder '{stakeholder.Id}' has no aliases, adjectives, institutions or people, so it can never be found", $"\"{stakeholder.Id}\"");
            }

            foreach (var term in terms)
            {
                if (CheckTerm(term, $"stakeholder '{stakeholder.Id}'", allowStem: false) && !aliases.TryAdd(term.Trim(), stakeholder.Id))
                {
                    Error($"'{term}' is an alias of both '{aliases[term.Trim()]}' and '{stakeholder.Id}'", $"\"{term}\"");
                }
            }
        }

        foreach (var term in codebook.Ignore)
        {
            CheckTerm(term, "the ignore list", allowStem: false);
        }

        foreach (var theme in codebook.Themes)
        {
            CheckId(theme.Id, "theme");
            if (string.IsNullOrWhiteSpace(theme.Name))
            {
                Error($"theme '{theme.Id}' has an empty name", $"\"{theme.Id}\"");
            }

            if (theme.Threshold <= 0 || double.IsNaN(theme.Threshold))
            {
                Error($"theme '{theme.Id}' has threshold {theme.Threshold}; it must be above zero", $"\"{theme.Id}\"");
            }

            if (theme.Evidence.Count == 0)
            {
                Error($"theme '{theme.Id}' has no evidence terms, so it can never be assigned", $"\"{theme.Id}\"");
            }

            foreach (var (term, weight) in theme.Evidence)
            {
                CheckTerm(term, $"theme '{theme.Id}'", allowStem: true);
                if (weight <= 0 || double.IsNaN(weight) || double.IsInfinity(weight))
                {
                    Error($"evidence '{term}' of theme '{theme.Id}' has weight {weight}; it must be above zero", $"\"{term}\"");
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new CodebookException($"Codebook {source} has {errors.Count} error(s): {string.Join("; ", errors)}");
        }

        void CheckId(string id, string kind)
        {
            if (!IdPattern().IsMatch(id))
            {
                Error($"{kind} id '{id}' must be lower-case letters, digits and hyphens", $"\"{id}\"");
            }
            else if (!ids.Add(id))
            {
                Error($"{kind} id '{id}' is used twice", $"\"{id}\"", 2);
            }
        }

        bool CheckTerm(string term, string owner, bool allowStem)
        {
            var bare = allowStem && term.EndsWith('*') ? term[..^1] : term;
            if (string.IsNullOrWhiteSpace(bare))
            {
                Error($"{owner} has an empty term", $"\"{term}\"");
                return false;
            }

            if (bare.Contains('*', StringComparison.Ordinal))
            {
                Error($"'{term}' of {owner}: '*' may only end an evidence term, and aliases take none", $"\"{term}\"");
                return false;
            }

            if (!char.IsLetterOrDigit(bare.Trim()[0]))
            {
                Error($"'{term}' of {owner} must start with a letter or digit", $"\"{term}\"");
                return false;
            }

            if (allowStem && term.EndsWith('*') && bare.Length < 4)
            {
                Error($"stem '{term}' of {owner} is shorter than 4 letters and would match too many words", $"\"{term}\"");
                return false;
            }

            return true;
        }
    }

    /// <summary>WCAG AA for text: chips and highlights carry their names in these colours.</summary>
    private const double MinimumContrast = 4.5;

    private const string DarkBackground = "#17191c";

    /// <summary>WCAG contrast ratio of two #rrggbb colours.</summary>
    internal static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);

        static double Luminance(string hex)
        {
            double Channel(int offset)
            {
                var c = int.Parse(hex.AsSpan(offset, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }
    }

    /// <summary>The one-based line of the n-th occurrence of a JSON token, to point the analyst at it.</summary>
    internal static int LineOf(string text, string token, int occurrence = 1)
    {
        var index = -1;
        for (var n = 0; n < occurrence; n++)
        {
            var next = text.IndexOf(token, index + 1, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }

            index = next;
        }

        return index < 0 ? 0 : text.AsSpan(0, index).Count('\n') + 1;
    }

    [GeneratedRegex(@"The JSON property '(?<field>[^']*)' could not be mapped to any \.NET member contained in type '(?:[\w.]+\.)?(?<type>\w+)'")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"for type '(?:[\w.]+\.)?(?<type>\w+)' was missing required properties including: (?<fields>.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
