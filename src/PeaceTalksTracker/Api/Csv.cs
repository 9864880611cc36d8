namespace PeaceTalksTracker.Api;

/// <summary>CSV as every download writes it: RFC 4180 rows, with cells a spreadsheet would run as a formula defused.</summary>
public static class Csv
{
    /// <summary>
    /// A cell spreadsheets will not run as a formula (a leading = + - @ tab or CR gets an apostrophe) and that survives
    /// commas, quotes, line breaks and leading or trailing spaces (quoted, quotes doubled).
    /// </summary>
    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>One record: the cells joined by commas, ended by CRLF.</summary>
    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";
}
