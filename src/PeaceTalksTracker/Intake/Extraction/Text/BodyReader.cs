using System.Globalization;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Cleaning;
using static PeaceTalksTracker.Intake.Extraction.Text.TextLines;
using static PeaceTalksTracker.Intake.Extraction.Text.TextPatterns;

namespace PeaceTalksTracker.Intake.Extraction.Text;

/// <summary>The body as read: blocks in reading order, the cited sources, and the boilerplate taken out.</summary>
internal sealed record TextBody(List<ParsedBlock> Blocks, List<ParsedSource> Sources, List<ParsedRemoval> Removed);

/// <summary>Reads the body of a plain-text article: headings, paragraphs, lists, tables and the SOURCES block.</summary>
/// <remarks>
/// Boilerplate is detected by <see cref="Boilerplate"/> (Cleaning) but taken out here, line by line, because the line
/// reader's own decisions depend on what is left: a line that lost a trailing prompt is never a heading, a line that
/// was all boilerplate is skipped so the next line can still join the paragraph above it, and whether a following line
/// continues a paragraph depends on how the remaining text ends. Deferring the removal to the cleaner would change
/// the blocks of existing articles.
/// </remarks>
internal static class BodyReader
{
    private const int MaxHeadingLength = 100;
    private const int MaxHeadingWords = 15;

    public static TextBody Read(List<string> lines, int start)
    {
        var body = new TextBody([], [], []);
        var inSources = false;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (inSources)
            {
                var (entry, removedAfterSources) = Boilerplate.Strip(line);
                body.Removed.AddRange(removedAfterSources);
                if (entry.Length > 0)
                {
                    body.Sources.Add(ParseSource(entry));
                }

                continue;
            }

            var sources = SourcesHeader().Match(line);
            if (sources.Success)
            {
                inSources = true;
                if (sources.Groups["rest"].Value.Trim() is { Length: > 0 } first)
                {
                    body.Sources.Add(ParseSource(first));
                }

                continue;
            }

            if (IsTableStart(lines, i))
            {
                var tableLines = new List<string>();
                for (; i < lines.Count && lines[i].StartsWith('|'); i++)
                {
                    tableLines.Add(lines[i]);
                }

                i--;
                body.Blocks.Add(new ParsedBlock(BlockKind.Table, string.Join('\n', tableLines)));
                continue;
            }

            var bullet = Bullet().Match(line);
            if (bullet.Success)
            {
                body.Blocks.Add(new ParsedBlock(BlockKind.ListItem, bullet.Groups["text"].Value));
                continue;
            }

            // "1. Text" is a list only when numbered lines follow one another; a lone one is prose (or a heading).
            var ordered = OrderedItem().Match(line);
            if (ordered.Success && ((i > 0 && OrderedItem().IsMatch(lines[i - 1])) || (i + 1 < lines.Count && OrderedItem().IsMatch(lines[i + 1]))))
            {
                body.Blocks.Add(new ParsedBlock(BlockKind.OrderedListItem, ordered.Groups["text"].Value, int.Parse(ordered.Groups["number"].Value, CultureInfo.InvariantCulture)));
                continue;
            }

            var atx = AtxHeading().Match(line);
            if (atx.Success)
            {
                body.Blocks.Add(new ParsedBlock(BlockKind.Heading, atx.Groups["text"].Value));
                continue;
            }

            var (text, removed) = Boilerplate.Strip(line);
            body.Removed.AddRange(removed);
            if (text.Length == 0)
            {
                continue;
            }

            if (removed.Count == 0 && IsHeading(text) && !ContinuesOnNextLine(lines, i))
            {
                body.Blocks.Add(new ParsedBlock(BlockKind.Heading, text));
            }
            else if (body.Blocks.Count > 0 && body.Blocks[^1] is { Kind: BlockKind.Paragraph } previous
                && i > 0 && lines[i - 1].Length > 0 && StartsWithLowercase(text) && !TextLines.ClosingMarks.Contains(previous.Text[^1], StringComparison.Ordinal))
            {
                // A hard-wrapped paragraph: the line continues the sentence above.
                body.Blocks[^1] = previous with { Text = previous.Text + " " + text };
            }
            else
            {
                body.Blocks.Add(new ParsedBlock(BlockKind.Paragraph, text));
            }
        }

        return body;
    }

    /// <summary>A section heading: a short line without closing punctuation (a question only when in title case).</summary>
    private static bool IsHeading(string line)
    {
        if (line.Length > MaxHeadingLength || WordCount(line) > MaxHeadingWords || StartsWithLowercase(line))
        {
            return false;
        }

        var last = line[^1];
        if (".:;,!\"”’'。！？、」』".Contains(last, StringComparison.Ordinal))
        {
            return false;
        }

        // Figures ("Net 1.1 mln vs 829,000") are data lines of wire copy, not section titles.
        if (Words.IsFigures(line))
        {
            return false;
        }

        if (last == '?')
        {
            var words = line.Split(' ').Where(w => w.Count(char.IsLetter) > 3).ToList();
            return words.Count > 0 && words.Count(w => char.IsUpper(w.First(char.IsLetter))) >= words.Count * 0.6;
        }

        return line.Any(char.IsLetter);
    }

    /// <summary>
    /// A table row whose cells are escaped like any paragraph: the pipes make the table, but "**b**", "[x](…)" or
    /// "![p](…)" inside a cell are the author's characters, shown as written (issue 16.7).
    /// </summary>
    internal static string EscapeCells(string row) =>
        "| " + string.Join(" | ", SplitCells(row).Select(MarkdownText.EscapeInline)) + " |";

    /// <summary>The cells of a pipe-table row, trimmed; an escaped pipe belongs to its cell's text.</summary>
    internal static List<string> SplitCells(string row)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = row.StartsWith('|') ? 1 : 0; i < row.Length; i++)
        {
            if (row[i] == '\\' && i + 1 < row.Length && row[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (row[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(row[i]);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(cell.ToString().Trim());
        }

        return cells;
    }

    private static bool IsTableStart(List<string> lines, int i) =>
        lines[i].StartsWith('|') && lines[i].Count(c => c == '|') >= 2 && i + 1 < lines.Count && TableDelimiter().IsMatch(lines[i + 1]);

    /// <summary>"AL JAZEERA – Why Ukraine peace talks are failing" → Al Jazeera, with the cited title kept.</summary>
    private static ParsedSource ParseSource(string entry)
    {
        var text = SourceMarker().Replace(entry, "").Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return new ParsedSource(uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host, text);
        }

        var split = SourceSeparator().Match(text);
        if (!split.Success)
        {
            return new ParsedSource(OutletNames.Normalize(text), null);
        }

        var name = split.Groups["name"].Value.Trim();
        var title = split.Groups["title"].Value.Trim().Trim('"', '“', '”', '‘', '’', '\'').Trim();
        if (!OutletNames.IsKnown(name) && OutletNames.IsKnown(title))
        {
            (name, title) = (title, name);
        }

        return new ParsedSource(OutletNames.Normalize(name), title.Length == 0 ? null : title);
    }
}
