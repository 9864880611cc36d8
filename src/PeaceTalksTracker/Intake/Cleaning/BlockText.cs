using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>How the cleaning rules measure a block's text: whitespace collapsed, emphasis marks and words counted.</summary>
internal static partial class BlockText
{
    public static string Collapse(string text) => CollapseWhitespace(text).Trim().Trim('*', '_').Trim();

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

    /// <summary>Every run of whitespace as one space, as <c>Regex.Replace(text, @"\s+", " ")</c> would (.NET's \s is
    /// exactly <see cref="char.IsWhiteSpace(char)"/>); the text itself when it has nothing to collapse, which most blocks
    /// do not. Every cleaning rule measures every block through here, and plain-text extraction cleans every line with it,
    /// so the regex was a tenth of an import's cleaning.</summary>
    public static string CollapseWhitespace(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var collapsed = new System.Text.StringBuilder(text.Length);
        collapsed.Append(text, 0, first);
        var inSpace = false;
        for (var i = first; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                collapsed.Append(text[i]);
                inSpace = false;
            }
            else if (!inSpace)
            {
                collapsed.Append(' ');
                inSpace = true;
            }
        }

        return collapsed.ToString();
    }

    [GeneratedRegex(@"[.!?…][""”’')\]]*\s+(?=[A-Z“""‘'])|[。！？][」』）]*(?=\S)")]
    private static partial Regex SentenceBreak();
}
