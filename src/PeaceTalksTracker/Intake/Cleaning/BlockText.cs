using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>How the cleaning rules measure a block's text: whitespace collapsed, emphasis marks and words counted.</summary>
internal static partial class BlockText
{
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim().Trim('*', '_').Trim();

    /// <summary>Words as <see cref="Articles.Words"/> counts them (CJK characters one each).</summary>
    public static int Words(string text) => Articles.Words.Count(text);

    /// <summary>Sentences inside the text (a full stop, ! or ? followed by a capital, or a CJK full stop), plus one for the last.</summary>
    public static int Sentences(string text) => SentenceBreak().Count(text) + 1;

    /// <summary>Ends as reporting does (a full stop, question, exclamation or closing quote after one; CJK ones too).</summary>
    public static bool EndsLikeASentence(string text)
    {
        // A line of nothing but closing marks (a lone ")" a page left behind) ends nothing.
        var end = text.TrimEnd(')', ']', '*', '_');
        return end.Length > 0 && ".!?…\"”’'。！？．」』）".Contains(end[^1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?…][""”’')\]]*\s+(?=[A-Z“""‘'])|[。！？][」』）]*(?=\S)")]
    private static partial Regex SentenceBreak();
}
