using System.Globalization;
using System.Text;

namespace PeaceTalksTracker.Intake.Sources;

/// <summary>
/// A file name or URL as it may be printed on a terminal: a name can hold a newline (which would forge an output line)
/// or an ANSI escape (which would recolour or rewrite the terminal), so control and bidirectional-override characters
/// are shown as escapes (<c>\n</c>, <c>\t</c>, <c>\x1B</c>, <c>\u202E</c>) and the rest as written.
/// </summary>
public static class PrintableText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < '\u0100' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029';
}
