using PeaceTalksTracker.Intake.Cleaning;
using static PeaceTalksTracker.Intake.Extraction.Text.TextLines;
using static PeaceTalksTracker.Intake.Extraction.Text.TextPatterns;

namespace PeaceTalksTracker.Intake.Extraction.Text;

/// <summary>What the lines above the body say: headline, standfirst, byline, dateline, date and photo caption.</summary>
internal sealed class TextHeader
{
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Subtitle { get; set; }
    public string? Author { get; set; }
    public string? Dateline { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateOnly? UpdatedOn { get; set; }
    public string? Caption { get; set; }
    public string? CaptionCredit { get; set; }
    public int BodyStart { get; set; }
}

/// <summary>Reads the header of a plain-text article, before the first body line.</summary>
internal static class HeaderReader
{
    private const int MaxTitleLength = 200;
    private const int MaxTitleWords = 30;

    public static TextHeader Read(List<string> lines)
    {
        var header = new TextHeader { BodyStart = lines.Count };
        var i = NextNonBlank(lines, 0);
        if (i < 0)
        {
            return header;
        }

        if (!TryReadCaption(lines[i], header))
        {
            var headline = StripHeadlineMarks(lines[i]);
            if (IsHeadlineLike(headline))
            {
                (header.Title, header.Outlet) = SplitOutlet(headline.EndsWith(" .", StringComparison.Ordinal) ? headline[..^2] : headline);
                i = NextNonBlank(lines, i + 1);

                // Pages copied from a browser often repeat the headline (page title, then the article's h1).
                if (i >= 0 && (SameText(StripHeadlineMarks(lines[i]), headline) || SameText(StripHeadlineMarks(lines[i]), header.Title)))
                {
                    i = NextNonBlank(lines, i + 1);
                }

                if (i >= 0 && IsSubtitle(lines[i]) && !ContinuesOnNextLine(lines, i))
                {
                    header.Subtitle = lines[i];
                    i = NextNonBlank(lines, i + 1);
                }
            }
        }
        else
        {
            i = NextNonBlank(lines, i + 1);
        }

        // Byline, dateline, date and caption come in any order until the first line of the body.
        while (i >= 0 && ((header.Caption is null && TryReadCaption(lines[i], header)) || TryReadMetadata(lines[i], header)))
        {
            i = NextNonBlank(lines, i + 1);
        }

        header.BodyStart = i < 0 ? lines.Count : i;
        return header;
    }

    private static string StripHeadlineMarks(string line)
    {
        var atx = AtxHeading().Match(line);
        var text = atx.Success ? atx.Groups["text"].Value : line;
        return text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) ? text[2..^2].Trim() : text;
    }

    private static bool SameText(string a, string? b) => b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A headline: a line of at most a few dozen words without closing punctuation. A full stop is allowed after an
    /// abbreviation ("… TO U.S.") and in a wire headline set in capitals.
    /// </summary>
    private static bool IsHeadlineLike(string line) =>
        line.Length is > 0 and <= MaxTitleLength
        && WordCount(line) <= MaxTitleWords
        && !":;,".Contains(line[^1], StringComparison.Ordinal)
        && (line[^1] != '.' || !line.Any(char.IsLower) || TrailingAbbreviation().IsMatch(line))
        && !MetadataMarker().IsMatch(line)
        && !line.StartsWith('>');

    // Boilerplate's detection lives in Cleaning; the header asks it here because a comment prompt right under the
    // headline must not be read as the standfirst (deciding later would change which line the body starts at).
    private static bool IsSubtitle(string line) =>
        IsHeadlineLike(line) && !StartsWithLowercase(line) && line[^1] != '.' && WordCount(line) >= 3 && DateParser.Parse(line) is null && !ByLine().IsMatch(line)
        && !SourcesHeader().IsMatch(line) && Boilerplate.Classify(line) is null;

    /// <summary>"Title – OUTLET" or "Title | Outlet": split when the tail is plainly an outlet's name.</summary>
    /// <remarks>
    /// The outlet is normalised here, not in Cleaning, because a front-matter outlet is stored as written: a cleaning
    /// rule cannot tell the two apart without knowing the format, so moving it would change stored outlets.
    /// </remarks>
    private static (string Title, string? Outlet) SplitOutlet(string line)
    {
        var match = OutletSuffix().Match(line);
        if (!match.Success)
        {
            return (line, null);
        }

        var title = match.Groups["title"].Value.Trim();
        var outlet = match.Groups["outlet"].Value.Trim();
        var looksLikeOutlet = OutletNames.IsKnown(outlet) || (!outlet.Any(char.IsLower) && outlet.Any(char.IsLetter)) || match.Groups["sep"].Value == "|";
        return looksLikeOutlet && WordCount(outlet) <= 5 && WordCount(title) >= 3 ? (title, OutletNames.Normalize(outlet)) : (line, null);
    }

    /// <summary>A photo caption ends with its credit in brackets: "… in Istanbul. [Adem Altan/AFP]".</summary>
    private static bool TryReadCaption(string line, TextHeader header)
    {
        var labelled = CaptionLabel().Match(line);
        if (labelled.Success)
        {
            var rest = labelled.Groups["rest"].Value;
            var credited = CaptionWithCredit().Match(rest);
            header.Caption = credited.Success ? credited.Groups["caption"].Value : rest;
            header.CaptionCredit = credited.Success ? credited.Groups["credit"].Value.Trim() : null;
            return true;
        }

        var match = CaptionWithCredit().Match(line);
        if (!match.Success || WordCount(match.Groups["caption"].Value) < 5 || !CreditLike().IsMatch(match.Groups["credit"].Value))
        {
            return false;
        }

        header.Caption = match.Groups["caption"].Value;
        header.CaptionCredit = match.Groups["credit"].Value.Trim();
        return true;
    }

    private enum MetaField
    {
        Author,
        Dateline,
        Published,
        Updated,
    }

    /// <summary>Byline and date lines: "By Ingrid Jones", "- Ingrid Jones" / "- U.S.A" / "- December 3, 2025", "| Published June 12, 2025".</summary>
    private static bool TryReadMetadata(string line, TextHeader header)
    {
        var marker = MetadataMarker().Match(line);
        var content = marker.Success ? line[marker.Length..].Trim().TrimEnd('|').Trim() : line;
        if (content.Length == 0)
        {
            return marker.Success;
        }

        var parts = MetadataSeparator().Split(content).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var listed = marker.Success || parts.Count > 1;
        var found = new List<(MetaField Field, string? Text, DateOnly? Date)>();
        var hasAuthor = header.Author is not null;
        var hasDateline = header.Dateline is not null;
        foreach (var part in parts)
        {
            var field = ClassifyMetadata(part, listed, hasAuthor, hasDateline);
            if (field is null)
            {
                return false;
            }

            found.Add(field.Value);
            hasAuthor |= field.Value.Field == MetaField.Author;
            hasDateline |= field.Value.Field == MetaField.Dateline;
        }

        foreach (var (field, text, date) in found)
        {
            switch (field)
            {
                case MetaField.Author:
                    header.Author ??= text;
                    break;
                case MetaField.Dateline:
                    header.Dateline ??= text;
                    break;
                case MetaField.Published:
                    header.PublishedOn ??= date;
                    break;
                default:
                    header.UpdatedOn ??= date;
                    break;
            }
        }

        return true;
    }

    // Lower-case words a place name may hold ("Rio de Janeiro", "Bosnia and Herzegovina", "Kharkiv region").
    private static readonly HashSet<string> PlaceParticles = new(StringComparer.Ordinal)
    {
        "de", "da", "do", "del", "der", "di", "la", "le", "el", "al", "of", "and", "on", "upon", "am", "an", "y",
        "region", "oblast", "province", "city", "county", "district",
    };

    /// <summary>
    /// Whether a short part can be a dateline: a place, every word capitalised but a place name's particles. Wire
    /// copy puts figures and table rows after a dash too ("- 1885.00", "-Halfyear ended december 31").
    /// </summary>
    private static bool IsPlaceName(string part)
    {
        var words = part.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        // Not lower case rather than upper case: a script without capitals ("القاهرة", "基辅") names a place too.
        return words.Any(w => w.Any(char.IsLetter)) && !char.IsLower(part.First(char.IsLetter))
            && words.All(w => !w.Any(char.IsLetter) ? !w.Any(char.IsDigit) : !char.IsLower(w.First(char.IsLetter)) || PlaceParticles.Contains(w));
    }

    private static (MetaField Field, string? Text, DateOnly? Date)? ClassifyMetadata(string part, bool listed, bool hasAuthor, bool hasDateline)
    {
        var by = ByLine().Match(part);
        if (by.Success && WordCount(by.Groups["name"].Value) <= 8)
        {
            return (MetaField.Author, by.Groups["name"].Value.Trim(), null);
        }

        var labelled = DateLabel().Match(part);
        if (labelled.Success && DateParser.Parse(labelled.Groups["date"].Value) is { } labelledDate)
        {
            var updated = labelled.Groups["label"].Value.Contains("updated", StringComparison.OrdinalIgnoreCase);
            return (updated ? MetaField.Updated : MetaField.Published, null, labelledDate);
        }

        if (DateParser.Parse(part) is { } date)
        {
            return (MetaField.Published, null, date);
        }

        if (!listed)
        {
            return null;
        }

        if (!hasAuthor && PersonName().IsMatch(part))
        {
            return (MetaField.Author, part, null);
        }

        if (!hasDateline && part.Length <= 40 && WordCount(part) <= 5 && IsPlaceName(part)
            && (!"!?:;,.".Contains(part[^1], StringComparison.Ordinal) || Abbreviation().IsMatch(part)))
        {
            return (MetaField.Dateline, part, null);
        }

        return null;
    }
}
