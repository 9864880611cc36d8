using System.Text;
using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Intake;

/// <summary>
/// Escapes plain article text for Markdown, so Markdig shows exactly what the author wrote: a stray <c>*</c> stays an
/// asterisk, <c>&lt;b&gt;</c> stays visible text, and a line starting "1." or "#" does not turn into a list or heading.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Escapes one block's text (a paragraph, list item or heading) written on a single line.</summary>
    public static string EscapeBlock(string text)
    {
        var escaped = EscapeInline(text);

        // Block syntax is only read at the start of a line.
        if (escaped.Length > 0 && escaped[0] is '#' or '>' or '=')
        {
            return "\\" + escaped;
        }

        if (BulletStart().IsMatch(escaped))
        {
            return "\\" + escaped;
        }

        var ordered = OrderedStart().Match(escaped);
        return ordered.Success ? escaped.Insert(ordered.Groups["marker"].Index, "\\") : escaped;
    }

    /// <summary>Escapes the characters Markdown (with the pipe table and emphasis extensions) reads inside a line.</summary>
    public static string EscapeInline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var doubled = (i > 0 && text[i - 1] == c) || (i + 1 < text.Length && text[i + 1] == c);
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' or '^' or '&' || (c is '+' or '=' && doubled))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>An ATX heading whose text reads back exactly, including any '#'.</summary>
    public static string Heading(string text) => "## " + EscapeInline(text).Replace("#", "\\#", StringComparison.Ordinal);

    [GeneratedRegex(@"^[-+](?:\s|$)")]
    private static partial Regex BulletStart();

    [GeneratedRegex(@"^\d{1,9}(?<marker>[.)])(?:\s|$)")]
    private static partial Regex OrderedStart();
}
