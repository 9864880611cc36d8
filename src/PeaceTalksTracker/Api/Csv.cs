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
        if (value.Length > 0 && StartsAFormula(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    // Fullwidth and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫) fold to the ASCII sign under NFKC, as East Asian input does;
    // the minus sign (U+2212) does not fold but is read as one.
    // The first character is read whole: an emoji is two UTF-16 units, and half of one cannot be normalised (it threw,
    // and a search export whose first cell began with one answered 500). Invalid UTF-16 starts no formula.
    private static bool StartsAFormula(string value) =>
        value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\u2212'
        || (value[0] > '\u007f' && System.Text.Rune.DecodeFromUtf16(value, out var first, out _) == System.Buffers.OperationStatus.Done
            && first.ToString().Normalize(System.Text.NormalizationForm.FormKC) is "=" or "+" or "-" or "@");

    /// <summary>One record: the cells joined by commas, ended by CRLF.</summary>
    public static string Row(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";
}
