namespace PeaceTalksTracker.Analysis;

/// <summary>
/// The codebook in force: the stakeholders and themes every paragraph is coded against, each defined by the
/// terms that evidence it. Loaded from a JSON data file an analyst can edit without recompiling.
/// </summary>
public sealed record Codebook
{
    public required IReadOnlyList<StakeholderCode> Stakeholders { get; init; }
    public required IReadOnlyList<ThemeCode> Themes { get; init; }

    /// <summary>Hash of the file's content; stored with each article's tags to know when to re-tag.</summary>
    public string Hash { get; init; } = "";

    public StakeholderCode? FindStakeholder(string id) => Stakeholders.FirstOrDefault(s => s.Id == id);

    public ThemeCode? FindTheme(string id) => Themes.FirstOrDefault(t => t.Id == id);
}

public sealed record StakeholderCode
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>CSS colour used for this stakeholder's highlights and chips.</summary>
    public string Color { get; init; } = "#888888";
}

public sealed record ThemeCode
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";
}
