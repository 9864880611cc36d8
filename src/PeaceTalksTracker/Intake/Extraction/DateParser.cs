using System.Globalization;
using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Intake.Extraction;

/// <summary>
/// Reads the publication dates news text is written with: "December 3, 2025", "Dec. 3 2025", "3 December 2025",
/// "3rd of December, 2025", "Wednesday, December 3, 2025", "2025-12-03" (also with a time), and day/month numbers
/// such as "25/12/2025" or "12/25/2025".
/// </summary>
/// <remarks>
/// A numeric date whose day and month could be swapped ("12/03/2025": 12 March in Europe, December 3 in the US)
/// is NOT guessed: it reads as no date, because a wrong date is worse than none. Writing <c>date: 2025-12-03</c>
/// in the front matter fixes it. A trailing time ("December 3, 2025 10:30 ET") is allowed; other trailing words are not,
/// so a sentence that merely starts with a date is not taken for a dateline.
/// </remarks>
public static partial class DateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = WeekdayPrefix().Replace(text.Trim(), "");
        Match match;
        if ((match = MonthDayYear().Match(value)).Success || (match = DayMonthYear().Match(value)).Success)
        {
            return Months.TryGetValue(match.Groups["month"].Value, out var month) && IsAllowedRest(value[match.Length..])
                ? Create(Number(match, "year"), month, Number(match, "day"))
                : null;
        }

        if ((match = IsoDate().Match(value)).Success && IsAllowedRest(value[match.Length..]))
        {
            return Create(Number(match, "year"), Number(match, "month"), Number(match, "day"));
        }

        if ((match = NumericDate().Match(value)).Success && IsAllowedRest(value[match.Length..]))
        {
            int first = Number(match, "first"), second = Number(match, "second"), year = Number(match, "year");
            return (first, second) switch
            {
                _ when first == second => Create(year, first, first),
                _ when first > 12 => Create(year, second, first),
                _ when second > 12 => Create(year, first, second),
                _ => null,
            };
        }

        return null;
    }

    private static bool IsAllowedRest(string rest) => rest.Length == 0 || AllowedRest().IsMatch(rest);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    [GeneratedRegex(@"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPrefix();

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>[A-Za-z]{3,9})\.?,?\s+(?<year>\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<first>\d{1,2})[/.-](?<second>\d{1,2})[/.-](?<year>\d{4})\b")]
    private static partial Regex NumericDate();

    // What may follow a date on its line: a time ("10:30 ET", "at 9am"), an ISO time ("T10:00Z"), or a separator.
    [GeneratedRegex(@"^(?:T\d|\s*(?:[,|·•–—-]\s*)?(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+[A-Z]{2,4})?\s*$|\s*[|·•]\s*$|\s*[.,]?\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AllowedRest();
}
