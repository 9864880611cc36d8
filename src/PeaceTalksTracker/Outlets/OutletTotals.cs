namespace PeaceTalksTracker.Outlets;

/// <summary>How much of a set of articles one stakeholder or theme takes: the articles and the paragraphs that carry it.</summary>
public readonly record struct CodeTally(int Articles, int Paragraphs)
{
    public static CodeTally operator +(CodeTally a, CodeTally b) => new(a.Articles + b.Articles, a.Paragraphs + b.Paragraphs);

    public static CodeTally operator -(CodeTally a, CodeTally b) => new(a.Articles - b.Articles, a.Paragraphs - b.Paragraphs);
}

/// <summary>How many quotes a named speaker has, and the stakeholder they speak for.</summary>
public sealed record SpeakerTally(string StakeholderId, string Speaker, int Quotes);

/// <summary>
/// The counted articles of one outlet (or of several added together, "the other outlets"): how many, when, how many
/// paragraphs, and per stakeholder and theme the paragraphs that carry it; per stakeholder the quotes attributed to it.
/// </summary>
public sealed record OutletTotals
{
    /// <summary>The outlet's id in URLs: the slug of its name.</summary>
    public required string Id { get; init; }

    /// <summary>The name readers see: the outlet's most used spelling when several names share one slug.</summary>
    public required string Name { get; init; }

    /// <summary>Every stored name that maps to this id (one, once outlet names are cleaned at import).</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    public int Articles { get; init; }

    /// <summary>Articles with a publication date; only these enter the timeline and the shared stories.</summary>
    public int Dated { get; init; }

    public DateOnly? First { get; init; }

    public DateOnly? Last { get; init; }

    public int Paragraphs { get; init; }

    /// <summary>Dated articles per month, "yyyy-MM" → count, in order.</summary>
    public IReadOnlyDictionary<string, int> Months { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, CodeTally> Stakeholders { get; init; } = new Dictionary<string, CodeTally>();

    public IReadOnlyDictionary<string, CodeTally> Themes { get; init; } = new Dictionary<string, CodeTally>();

    /// <summary>Quotes attributed to each stakeholder (through the speaker), the measure of whose voices an outlet carries.</summary>
    public IReadOnlyDictionary<string, int> Voices { get; init; } = new Dictionary<string, int>();

    /// <summary>All attributed quotes: the denominator of <see cref="Voices"/>.</summary>
    public int Quotes => Voices.Values.Sum();

    /// <summary>Named speakers, most quoted first.</summary>
    public IReadOnlyList<SpeakerTally> Speakers { get; init; } = [];

    /// <summary>The figures of <paramref name="whole"/> without those of <paramref name="part"/>: "the other outlets".</summary>
    public static OutletTotals Without(OutletTotals whole, OutletTotals part, string id, string name)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(part);
        return new OutletTotals
        {
            Id = id,
            Name = name,
            Articles = whole.Articles - part.Articles,
            Dated = whole.Dated - part.Dated,
            Paragraphs = whole.Paragraphs - part.Paragraphs,
            Stakeholders = Subtract(whole.Stakeholders, part.Stakeholders, (a, b) => a - b),
            Themes = Subtract(whole.Themes, part.Themes, (a, b) => a - b),
            Voices = Subtract(whole.Voices, part.Voices, (a, b) => a - b),
        };
    }

    /// <summary>Several outlets' figures added up (the whole store's known outlets).</summary>
    public static OutletTotals Sum(IReadOnlyCollection<OutletTotals> outlets, string id, string name)
    {
        ArgumentNullException.ThrowIfNull(outlets);
        return new OutletTotals
        {
            Id = id,
            Name = name,
            Articles = outlets.Sum(o => o.Articles),
            Dated = outlets.Sum(o => o.Dated),
            First = outlets.Min(o => o.First),
            Last = outlets.Max(o => o.Last),
            Paragraphs = outlets.Sum(o => o.Paragraphs),
            Stakeholders = Add(outlets.Select(o => o.Stakeholders), (a, b) => a + b),
            Themes = Add(outlets.Select(o => o.Themes), (a, b) => a + b),
            Voices = Add(outlets.Select(o => o.Voices), (a, b) => a + b),
        };
    }

    private static Dictionary<string, T> Subtract<T>(IReadOnlyDictionary<string, T> whole, IReadOnlyDictionary<string, T> part, Func<T, T, T> minus)
        where T : struct =>
        whole.ToDictionary(kv => kv.Key, kv => part.TryGetValue(kv.Key, out var p) ? minus(kv.Value, p) : kv.Value, StringComparer.Ordinal);

    private static Dictionary<string, T> Add<T>(IEnumerable<IReadOnlyDictionary<string, T>> parts, Func<T, T, T> plus)
        where T : struct
    {
        var sum = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
            {
                sum[key] = sum.TryGetValue(key, out var existing) ? plus(existing, value) : value;
            }
        }

        return sum;
    }
}
