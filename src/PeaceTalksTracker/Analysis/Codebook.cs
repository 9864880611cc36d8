using System.Text.Json.Serialization;

namespace PeaceTalksTracker.Analysis;

/// <summary>
/// The codebook in force: the stakeholders and themes every paragraph is coded against, each defined by the
/// terms that evidence it. Loaded from a JSON data file an analyst can edit without recompiling (see <see cref="CodebookLoader"/>).
/// </summary>
public sealed record Codebook
{
    public required IReadOnlyList<StakeholderCode> Stakeholders { get; init; }
    public required IReadOnlyList<ThemeCode> Themes { get; init; }

    /// <summary>
    /// Phrases that are neither a stakeholder nor evidence of a theme, and that would otherwise be read as one
    /// ("Latin America" is not the United States; "Security Council" is not evidence of security guarantees).
    /// </summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Hash of the file's content and the tagger version; stored with each article's tags to know when to re-tag.</summary>
    [JsonIgnore]
    public string Hash { get; init; } = "";

    /// <summary>The file's text as loaded, kept in the store as the last good codebook.</summary>
    [JsonIgnore]
    public string Source { get; init; } = "";

    public StakeholderCode? FindStakeholder(string id) => Stakeholders.FirstOrDefault(s => s.Id == id);

    public ThemeCode? FindTheme(string id) => Themes.FirstOrDefault(t => t.Id == id);
}

/// <summary>
/// A party to the war or the talks. Every alias is matched as a whole word, with possessive and plural endings
/// ("Russia's", "Ukrainians"); capitals in an alias must be capitals in the text, so "US" never matches "us".
/// </summary>
public sealed record StakeholderCode
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>CSS colour for highlights and chips on a light background (at least 4.5:1 against white).</summary>
    public string Color { get; init; } = "#595959";

    /// <summary>CSS colour for highlights and chips on the dark theme (at least 4.5:1 against #17191c).</summary>
    public string ColorOnDark { get; init; } = "#b0b0b0";

    /// <summary>Names of the country or body itself: "Ukraine", "United States", "US", "U.S.".</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Adjectives and demonyms: "Ukrainian", "American".</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = [];

    /// <summary>Capitals and institutions that stand for it: "Kyiv", "the Kremlin", "White House".</summary>
    public IReadOnlyList<string> Institutions { get; init; } = [];

    /// <summary>People who speak for it; their names are mentions of it, and quotes they give are attributed to it.</summary>
    public IReadOnlyList<PersonCode> People { get; init; } = [];
}

public sealed record PersonCode
{
    /// <summary>The full name, shown as the speaker of a quote.</summary>
    public required string Name { get; init; }

    /// <summary>Other spellings and the surname alone: "Zelensky", "Zelenskyy".</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>
/// A theme. A paragraph is tagged with it when the distinct evidence terms found in it weigh at least
/// <see cref="Threshold"/>: strong phrases weigh as much as the threshold on their own, generic words need company.
/// </summary>
public sealed record ThemeCode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    public double Threshold { get; init; } = 2;

    /// <summary>Term to weight. A term is a word or phrase; a trailing <c>*</c> makes it a stem ("negotiat*").</summary>
    public IReadOnlyDictionary<string, double> Evidence { get; init; } = new Dictionary<string, double>();
}
