using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Comparison;

/// <summary>
/// The seeds' paragraphs as the importer's parser splits them. Tests name a paragraph by the start of its text, not by
/// its index, so they keep working when the parser splits headings, lists or tables differently.
/// </summary>
public static class SeedPassages
{
    private static readonly ArticleParser Parser = new();

    public static IReadOnlyList<string> Of(string seedPrefix) =>
        Parser.Parse(File.ReadAllText(RepoPaths.Seed(seedPrefix))).Paragraphs.Select(p => p.Text).ToList();

    public static int IndexOf(IReadOnlyList<string> passages, string textPrefix)
    {
        var matches = Enumerable.Range(0, passages.Count)
            .Where(i => passages[i].TrimStart(' ', '-', '*', '•', '|').StartsWith(textPrefix, StringComparison.Ordinal))
            .ToList();
        Assert.True(matches.Count == 1, $"Expected one paragraph starting \"{textPrefix}\", found {matches.Count}");
        return matches[0];
    }
}
