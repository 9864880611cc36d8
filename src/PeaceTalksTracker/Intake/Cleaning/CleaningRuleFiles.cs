using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeaceTalksTracker.Intake.Cleaning;

// The two data files as written (cleaning-rules.json, outlets.json); CleaningRules compiles and validates them.

internal sealed record RuleFile
{
    public string? About { get; init; }
    public List<JunkRuleEntry> Junk { get; init; } = [];
    public ShareBarEntry ShareBar { get; init; } = new();
    public RelatedLinksEntry RelatedLinks { get; init; } = new();
    public List<NotTitleEntry> NotTitles { get; init; } = [];
    public List<PatternEntry> JunkStandfirsts { get; init; } = [];
    public PhotoCreditsEntry PhotoCredits { get; init; } = new();
    public QualityEntry Quality { get; init; } = new();

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}

internal sealed record JunkRuleEntry(string Kind, string What, string Pattern, int MaxWords);

internal sealed record PatternEntry(string What, string Pattern);

internal sealed record NotTitleEntry(string What, string Pattern, bool Dateline = false);

internal sealed record ShareBarEntry
{
    public string? What { get; init; }
    public int MinButtons { get; init; } = 2;
    public List<string> Buttons { get; init; } = [];
}

internal sealed record RelatedLinksEntry
{
    public string? What { get; init; }
    public int MinLines { get; init; } = 3;
    public int MaxWords { get; init; } = 18;
    public bool AfterNavigation { get; init; } = true;
}

internal sealed record PhotoCreditsEntry
{
    public string? What { get; init; }
    public List<string> Sources { get; init; } = [];
    public string PrefixPattern { get; init; } = "(?!)";
}

internal sealed record QualityEntry
{
    public int TooShortWords { get; init; } = 40;
    public List<WallEntry> Walls { get; init; } = [];
    public FlagEntry PaywallStub { get; init; } = new("paywall-stub", "paywall stub", 350);
    public SectionFrontEntry SectionFront { get; init; } = new();
    public LiveBlogIndexEntry LiveBlogIndex { get; init; } = new();
    public FlagEntry TooShort { get; init; } = new("too-short", "too short to be an article", 0);
}

internal sealed record FlagEntry(string Flag, string Reason, int MaxWords = 0);

internal sealed record WallEntry(string Flag, string Reason, int MaxWords, string Pattern);

internal sealed record SectionFrontEntry
{
    public string Flag { get; init; } = "section-front";
    public string Reason { get; init; } = "section front";
    public int MinLines { get; init; } = 8;
    public double HeadlineShare { get; init; } = 0.6;
    public int MaxHeadlineWords { get; init; } = 16;

    /// <summary>A page with more of its words than this in reporting paragraphs is an article, whatever else it has.</summary>
    public double MaxProseShare { get; init; } = 0.4;

    /// <summary>A paragraph of reporting: at least this many words and ending as a sentence does.</summary>
    public int ProseParagraphWords { get; init; } = 20;

    public List<string> PageKinds { get; init; } = [];
}

internal sealed record LiveBlogIndexEntry
{
    public string Flag { get; init; } = "live-blog-index";
    public string Reason { get; init; } = "live-blog index";
    public int MinStamps { get; init; } = 5;
    public double StampShare { get; init; } = 0.3;
    public string StampPattern { get; init; } = "(?!)";
}

internal sealed record OutletFile
{
    public string? About { get; init; }
    public List<OutletEntry> Outlets { get; init; } = [];
}

internal sealed record OutletEntry(string Name, List<string>? Domains, List<string>? Aliases);
