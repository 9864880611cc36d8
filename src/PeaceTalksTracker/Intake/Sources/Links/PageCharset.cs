using System.Text;
using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Intake.Sources.Links;

/// <summary>
/// Decodes a fetched page: a byte order mark first, then the charset of the Content-Type header, then the page's own
/// <c>&lt;meta charset&gt;</c> (or http-equiv) in its first 1,024 bytes, then UTF-8. A declared charset the bytes do not
/// fit (a server that says UTF-8 and sends Windows-1252) or one that is not known falls back, with a note saying so.
/// </summary>
public static partial class PageCharset
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static PageCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string? Note) Decode(byte[] body, string? headerCharset)
    {
        var bom = Encoding.UTF8.Preamble;
        if (body.AsSpan().StartsWith(bom))
        {
            return (Strict(Encoding.UTF8).GetString(body, bom.Length, body.Length - bom.Length), null);
        }

        if (body.Length >= 2 && (body[0], body[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return (new UnicodeEncoding(body[0] == 0xFE, byteOrderMark: false).GetString(body, 2, body.Length - 2), null);
        }

        var notes = new List<string>();
        foreach (var (label, where) in new[] { (headerCharset, "the Content-Type header"), (MetaCharset(body), "the page's meta charset") })
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                continue;
            }

            var encoding = Known(label);
            if (encoding is null)
            {
                notes.Add($"unknown charset '{label.Trim()}' in {where}");
                continue;
            }

            try
            {
                var text = Strict(encoding).GetString(body);
                return (text, notes.Count == 0 ? null : string.Join("; ", notes) + $"; decoded as {encoding.WebName}");
            }
            catch (DecoderFallbackException)
            {
                notes.Add($"not valid {encoding.WebName} as {where} says");
            }
        }

        try
        {
            var text = StrictUtf8.GetString(body);
            return (text, notes.Count == 0 ? null : string.Join("; ", notes) + "; decoded as utf-8");
        }
        catch (DecoderFallbackException)
        {
            notes.Add("not valid UTF-8");
            return (Encoding.GetEncoding(1252).GetString(body), string.Join("; ", notes) + "; decoded as Windows-1252");
        }
    }

    private static Encoding? Known(string label)
    {
        var name = label.Trim().Trim('"', '\'');
        // What browsers do: a page labelled Latin-1 is read as Windows-1252, its superset.
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase) || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            name = "windows-1252";
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 1024));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
