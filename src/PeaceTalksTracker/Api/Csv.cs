namespace PeaceTalksTracker.Api;

/// <summary>CSV as every download writes it: RFC 4180 rows, with cells a spreadsheet would run as a formula defused.</summary>
public static class Csv
{
    /// <summary>
    /// A cell spreadsheets will not run as a formula (a leading = + - @ tab or CR, or a lookalike of = + - @ that a
    /// spreadsheet may fold to it, gets an apostrophe) and that survives commas, quotes, line breaks and leading or
    /// trailing spaces (quoted, quotes doubled).
    /// </summary>
    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && StartsAFormula(value[0]))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    // Fullwidth and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫) fold to the ASCII sign under NFKC, as East Asian input does;
    // the minus sign (U+2212) does not fold but is read as one.
    private static bool StartsAFormula(char first) =>
        first is '=' or '+' or '-' or '@' or '\t' or '\r' or '\u2212'
        || (first > '\u007f' && first.ToString().Normalize(System.Text.NormalizationForm.FormKC) is "=" or "+" or "-" or "@");

    /// <summary>One record: the cells joined by commas, ended by CRLF.</summary>
    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";
}
