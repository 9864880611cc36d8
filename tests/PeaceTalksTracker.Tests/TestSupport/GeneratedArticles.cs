using System.Text;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>Builds plausible article files in bulk, for imports big enough to interrupt or to race with readers.</summary>
public static class GeneratedArticles
{
    private static readonly string[] Sentences =
    [
        "Negotiators from Ukraine and Russia met again in Istanbul, where the United States pressed both delegations for a ceasefire along the current front line.",
        "European officials said security guarantees for Kyiv would have to be credible and binding before any territorial question could be discussed.",
        "The Kremlin described the talks as difficult but businesslike, while Ukrainian officials said prisoner exchanges were the only concrete result so far.",
        "Analysts warned that mistrust between the parties remains deep, and that sanctions relief is unlikely while fighting continues in the east.",
        "Humanitarian groups urged both sides to agree on corridors for civilians and on the return of children taken from occupied territories.",
        "Diplomats in Washington and Brussels said they expected a long process rather than a single breakthrough at the negotiating table.",
    ];

    // Words that make each article's own sentence, so no two generated articles are near-duplicates of each other
    // (the importer merges those into one article, as it should for real coverage crawled twice).
    private static readonly string[] Places = ["Geneva", "Riyadh", "Abu Dhabi", "Istanbul", "Minsk", "Vienna", "Oslo", "Doha", "Rome", "Helsinki"];
    private static readonly string[] Topics = ["grain shipments", "power lines", "river crossings", "rail links", "border posts", "field hospitals", "water supplies", "school repairs", "mine clearance", "port access"];

    /// <summary>The text of article <paramref name="number"/> in <paramref name="version"/>; later versions have more paragraphs.</summary>
    public static string Text(int number, int version, string titlePrefix = "Generated article")
    {
        var text = new StringBuilder();
        text.Append(Title(number, version, titlePrefix)).Append("\n\n");
        for (var p = 0; p < ParagraphCount(number, version); p++)
        {
            text.Append(Sentences[(number + p) % Sentences.Length]).Append(' ')
                .Append(Sentences[(number + p + 3) % Sentences.Length]).Append(' ')
                .Append(OwnSentence(number, p)).Append(" Paragraph ").Append(p + 1).Append(".\n\n");
        }

        return text.ToString();
    }

    private static string OwnSentence(int number, int paragraph) =>
        $"In report {number}-{paragraph + 1}, a working group in {Places[number % 10]} discussed {Topics[number / 10 % 10]} and "
        + $"{Topics[(number / 100 + paragraph) % 10]} with observers from {Places[(number / 1000 + paragraph + 3) % 10]}.";

    public static string Title(int number, int version, string titlePrefix = "Generated article") => $"{titlePrefix} {number} version {version}";

    public static int ParagraphCount(int number, int version) => 2 + (number % 5) + (2 * version);

    /// <summary>Writes <paramref name="count"/> article files into <paramref name="folder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string folder, int count, int version = 1, string titlePrefix = "Generated article")
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"article-{i:D5}.txt");
            File.WriteAllText(path, Text(i, version, titlePrefix));
            paths.Add(path);
        }

        return paths;
    }
}
