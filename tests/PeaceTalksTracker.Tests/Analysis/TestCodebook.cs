using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Analysis;

/// <summary>The repository's codebook, compiled once for the unit tests.</summary>
public static class TestCodebook
{
    public static string Path { get; } = System.IO.Path.Combine(RepoPaths.Root, "src", "PeaceTalksTracker", "Analysis", "codebook.json");

    public static Codebook Codebook { get; } = CodebookLoader.LoadFile(Path);

    public static ParagraphTagger Tagger { get; } = new(Codebook);

    /// <summary>The mentions of a text as "stakeholder:text" strings, in order.</summary>
    public static List<string> Mentions(string text) => Tagger.FindMentions(text).Select(m => $"{m.StakeholderId}:{m.Text}").ToList();

    public static List<string> Themes(string text) => Tagger.FindThemes(text).Select(t => t.ThemeId).ToList();
}
