using PeaceTalksTracker.Intake.Cleaning;
using static PeaceTalksTracker.Intake.Extraction.Text.TextPatterns;

namespace PeaceTalksTracker.Intake.Extraction.Text;

/// <summary>
/// Turns plain text into clean lines, one paragraph per line: newlines and spacing normalised, hard-wrapped wire copy
/// joined back up. The helpers at the end are shared by the header and body readers.
/// </summary>
internal static class TextLines
{
    private const int WrapWidth = 80;

    /// <summary>One string per line, with Windows and old Mac line ends and a byte order mark taken out.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');

    public static List<string> Read(string text) => Unwrap(text.Split('\n'));

    /// <summary>What a line of running text ends with when its sentence ends there (CJK full stops included).</summary>
    public const string ClosingMarks = ".!?:;\"”’)。！？」』";


    /// <summary>
    /// Joins hard-wrapped text (wire copy such as Reuters: lines of at most ~80 characters, a new paragraph marked by
    /// indentation or a blank line) back into one line per paragraph; text written one paragraph per line is left as is.
    /// </summary>
    public static List<string> Unwrap(string[] rawLines)
    {
        var cleaned = rawLines.Select(CleanLine).ToList();
        var measured = cleaned.Where(l => l.Length >= 20).ToList();
        var isWrapped = measured.Count >= 4
            && measured.Count(l => l.Length <= WrapWidth) >= measured.Count * 0.9
            && measured.Count(l => l.Length >= 45) >= measured.Count * 0.5
            && measured.Count(l => !ClosingMarks.Contains(l[^1], StringComparison.Ordinal)) >= measured.Count * 0.3;
        if (!isWrapped)
        {
            return cleaned;
        }

        // A line well short of the text's width ends its paragraph. Not the first line of one, though: wire copy often
        // starts a story with a short line where a dateline was cut off.
        var width = measured.Select(l => l.Length).Order().ElementAt((int)(measured.Count * 0.9) - 1);
        var shortLine = width * 0.6;

        var lines = new List<string>();
        var current = new List<string>();
        var previous = "";
        var first = NextNonBlank(cleaned, 0);
        for (var i = 0; i < cleaned.Count; i++)
        {
            var line = cleaned[i];
            var startsBlock = line.Length == 0 || current.Count == 0 || i == first + 1
                || rawLines[i].StartsWith("  ", StringComparison.Ordinal) || rawLines[i].StartsWith('\t')
                || IsStructural(line) || IsStructural(previous)
                || (previous.Length < shortLine && (current.Count > 1 || ".!?:\"”。！？」』".Contains(previous[^1], StringComparison.Ordinal)));
            if (startsBlock && current.Count > 0)
            {
                lines.Add(string.Join(' ', current));
                current.Clear();
            }

            if (line.Length == 0)
            {
                lines.Add("");
            }
            else
            {
                current.Add(line);
            }

            previous = line;
        }

        if (current.Count > 0)
        {
            lines.Add(string.Join(' ', current));
        }

        return lines;
    }

    private static bool IsStructural(string line) =>
        line.Length > 0 && (line.StartsWith('|') || Bullet().IsMatch(line) || OrderedItem().IsMatch(line) || AtxHeading().IsMatch(line) || SourcesHeader().IsMatch(line));

    private static string CleanLine(string line) => BlockText.CollapseWhitespace(line.Replace("\u200B", "", StringComparison.Ordinal)).Trim();

    /// <summary>True when the next line goes on in lower case: this line is the start of a hard-wrapped paragraph.</summary>
    public static bool ContinuesOnNextLine(List<string> lines, int i) => i + 1 < lines.Count && lines[i + 1].Length > 0 && StartsWithLowercase(lines[i + 1]);

    public static int NextNonBlank(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    public static int WordCount(string text) => Articles.Words.Count(text);

    public static bool StartsWithLowercase(string text)
    {
        var firstLetter = text.FirstOrDefault(char.IsLetter);
        return firstLetter != default && char.IsLower(firstLetter) && char.IsLetter(text[0]);
    }
}
