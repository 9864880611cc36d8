using System.Text.Json;
using System.Text.RegularExpressions;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>A rules or outlets file that cannot be used, with the file and the entry that is wrong.</summary>
public sealed class CleaningRulesException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>One junk rule as compiled: what it takes (kind, in words) and the longest block it may take.</summary>
public sealed record JunkRule(RemovedTextKind Kind, string What, Regex Pattern, int MaxWords);

/// <summary>A first line that is not a title; <see cref="IsDateline"/> when it is kept as the article's dateline.</summary>
public sealed record NotTitleRule(string What, Regex Pattern, bool IsDateline);

/// <summary>A page kind that is a wall in front of the article (age, consent), known by its words on a short page.</summary>
public sealed record WallRule(string Flag, string Reason, int MaxWords, Regex Pattern);

/// <summary>
/// The cleaning rules in force, read from <c>cleaning-rules.json</c> and <c>outlets.json</c> (Cleaning:RulesPath,
/// Cleaning:OutletsPath) and validated when they are loaded: a bad pattern or an unknown kind fails the load with the
/// entry named, so a mistake is found at start and not as silently-kept junk.
/// </summary>
public sealed class CleaningRules
{
    // Compiled: the junk and quality patterns run on every short block of every article, and interpreted they were the
    // largest part of cleaning (2.7 s of the Reuters corpus's 5.3 s); compiling the ~30 of them costs once at start.
    private const RegexOptions Matching = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly Lazy<CleaningRules> BuiltInRules = new(LoadBuiltIn);

    private CleaningRules()
    {
    }

    /// <summary>The rules compiled into the app from the repository's files: tests, tools and the last resort.</summary>
    public static CleaningRules BuiltIn => BuiltInRules.Value;

    public IReadOnlyList<JunkRule> Junk { get; private init; } = [];
    public IReadOnlySet<string> ShareButtons { get; private init; } = new HashSet<string>();
    public int MinShareButtons { get; private init; }
    public int RelatedMinLines { get; private init; }
    public int RelatedMaxWords { get; private init; }
    public bool RelatedAfterNavigation { get; private init; }
    public IReadOnlyList<NotTitleRule> NotTitles { get; private init; } = [];
    public IReadOnlyList<Regex> JunkStandfirsts { get; private init; } = [];
    public Regex PhotoCredit { get; private init; } = new("(?!)");
    public Regex PhotoPrefix { get; private init; } = new("(?!)");
    public OutletDirectory Outlets { get; private init; } = OutletDirectory.Empty;
    internal QualityEntry Quality { get; private init; } = new();
    public IReadOnlyList<WallRule> Walls { get; private init; } = [];
    public Regex LiveBlogStamp { get; private init; } = new("(?!)");

    /// <summary>Reads and validates both files; throws <see cref="CleaningRulesException"/> naming what is wrong.</summary>
    public static CleaningRules LoadFiles(string rulesPath, string outletsPath)
    {
        string Read(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CleaningRulesException($"cleaning rules: cannot read {path}: {ex.Message}", ex);
            }
        }

        return Parse(Read(rulesPath), rulesPath, Read(outletsPath), outletsPath);
    }

    public static CleaningRules Parse(string rulesJson, string rulesOrigin, string outletsJson, string outletsOrigin)
    {
        var file = Deserialize<RuleFile>(rulesJson, rulesOrigin);
        var outlets = Deserialize<OutletFile>(outletsJson, outletsOrigin);
        var credits = file.PhotoCredits.Sources.Select(Regex.Escape).ToList();
        if (credits.Count == 0)
        {
            credits.Add("(?!)");
        }

        // "… Sven Hoppe—Getty Images", "… (Name/AFP via Getty Images)", "… [Adem Altan/AFP]": a credit closing the line.
        var creditPattern = $@"(?:[—–/|]\s*|\bvia\s+|\bcredit:\s*|\bphoto:\s*)(?:{string.Join('|', credits)})(?:\s+(?:via|/)\s+[\w .]+)?\s*[)\]]?\s*$";
        return new CleaningRules
        {
            Junk = [.. file.Junk.Select((j, i) => new JunkRule(
                ParseKind(j.Kind, $"{rulesOrigin}: junk[{i}] ({j.What})"), j.What, Compile(j.Pattern, $"{rulesOrigin}: junk[{i}] ({j.What})"), Positive(j.MaxWords, $"{rulesOrigin}: junk[{i}] ({j.What}) maxWords")))],
            ShareButtons = file.ShareBar.Buttons.Select(b => b.ToLowerInvariant()).ToHashSet(),
            MinShareButtons = Positive(file.ShareBar.MinButtons, $"{rulesOrigin}: shareBar.minButtons"),
            RelatedMinLines = Positive(file.RelatedLinks.MinLines, $"{rulesOrigin}: relatedLinks.minLines"),
            RelatedMaxWords = Positive(file.RelatedLinks.MaxWords, $"{rulesOrigin}: relatedLinks.maxWords"),
            RelatedAfterNavigation = file.RelatedLinks.AfterNavigation,
            NotTitles = [.. file.NotTitles.Select((t, i) => new NotTitleRule(t.What, Compile(t.Pattern, $"{rulesOrigin}: notTitles[{i}] ({t.What})", caseSensitive: t.Dateline), t.Dateline))],
            JunkStandfirsts = [.. file.JunkStandfirsts.Select((s, i) => Compile(s.Pattern, $"{rulesOrigin}: junkStandfirsts[{i}] ({s.What})"))],
            PhotoCredit = Compile(creditPattern, $"{rulesOrigin}: photoCredits.sources"),
            PhotoPrefix = Compile(file.PhotoCredits.PrefixPattern, $"{rulesOrigin}: photoCredits.prefixPattern"),
            Quality = file.Quality,
            Walls = [.. file.Quality.Walls.Select((w, i) => new WallRule(w.Flag, w.Reason, Positive(w.MaxWords, $"{rulesOrigin}: quality.walls[{i}].maxWords"), Compile(w.Pattern, $"{rulesOrigin}: quality.walls[{i}] ({w.Reason})")))],
            LiveBlogStamp = Compile(file.Quality.LiveBlogIndex.StampPattern, $"{rulesOrigin}: quality.liveBlogIndex.stampPattern"),
            Outlets = OutletDirectory.From(outlets, outletsOrigin),
        };
    }

    private static T Deserialize<T>(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, RuleFile.Json) ?? throw new CleaningRulesException($"{origin}: the file is empty");
        }
        catch (JsonException ex)
        {
            throw new CleaningRulesException($"{origin}: not valid rules JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
    }

    private static Regex Compile(string pattern, string where, bool caseSensitive = false)
    {
        try
        {
            return new Regex(pattern, caseSensitive ? RegexOptions.CultureInvariant | RegexOptions.Compiled : Matching, MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new CleaningRulesException($"{where}: the pattern is not a valid regular expression: {ex.Message}", ex);
        }
    }

    private static RemovedTextKind ParseKind(string kind, string where) =>
        Enum.TryParse<RemovedTextKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new CleaningRulesException($"{where}: unknown kind '{kind}' (one of {string.Join(", ", Enum.GetNames<RemovedTextKind>())})");

    private static int Positive(int value, string where) =>
        value > 0 ? value : throw new CleaningRulesException($"{where}: must be a positive number, not {value}");

    private static CleaningRules LoadBuiltIn()
    {
        static string Resource(string name)
        {
            using var stream = typeof(CleaningRules).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The built-in resource {name} is missing from the assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        return Parse(Resource(RulesResource), "built-in cleaning-rules.json", Resource(OutletsResource), "built-in outlets.json");
    }

    internal const string RulesResource = "PeaceTalksTracker.Intake.Cleaning.cleaning-rules.json";
    internal const string OutletsResource = "PeaceTalksTracker.Intake.Cleaning.outlets.json";
}
