using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>How the cleaning rules measure a block's text: whitespace collapsed, emphasis marks and words counted.</summary>
internal static partial class BlockText
{
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim().Trim('*', '_').Trim();

    public static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Sentences inside the text (a full stop, ! or ? followed by a capital), plus one for the last.</summary>
    public static int Sentences(string text) => SentenceBreak().Count(text) + 1;

    /// <summary>Ends as reporting does (a full stop, question, exclamation or closing quote after one).</summary>
    public static bool EndsLikeASentence(string text)
    {
        // A line of nothing but closing marks (a lone ")" a page left behind) ends nothing.
        var end = text.TrimEnd(')', ']', '*', '_');
        return end.Length > 0 && ".!?…\"”’'".Contains(end[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?…][""”’')\]]*\s+(?=[A-Z“""‘'])")]
    private static partial Regex SentenceBreak();
}
