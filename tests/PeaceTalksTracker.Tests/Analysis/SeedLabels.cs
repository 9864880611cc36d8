namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>One line of seed-labels.txt: the stakeholders and themes a careful reader gives a paragraph.</summary>
public sealed record SeedLabel(
    string Prefix, IReadOnlySet<string> Stakeholders, IReadOnlySet<string> MaybeStakeholders, IReadOnlySet<string> Themes, IReadOnlySet<string> MaybeThemes)
{
    public static IReadOnlyList<SeedLabel> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Analysis", "seed-labels.txt");
        var labels = new List<SeedLabel>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split("::");
            if (parts.Length != 3)
            {
                throw new FormatException($"seed-labels.txt: expected 'prefix :: stakeholders :: themes' in: {line}");
            }

            var (stakeholders, maybeStakeholders) = Codes(parts[1]);
            var (themes, maybeThemes) = Codes(parts[2]);
            labels.Add(new SeedLabel(Normalize(parts[0]), stakeholders, maybeStakeholders, themes, maybeThemes));
        }

        return labels;
    }

    /// <summary>Letters and digits only, lower case: how prefixes and paragraph texts are compared.</summary>
    public static string Normalize(string text) =>
        new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static (HashSet<string> Sure, HashSet<string> Maybe) Codes(string field)
    {
        var words = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return ([.. words.Where(w => !w.StartsWith('?'))], [.. words.Where(w => w.StartsWith('?')).Select(w => w[1..])]);
    }
}
