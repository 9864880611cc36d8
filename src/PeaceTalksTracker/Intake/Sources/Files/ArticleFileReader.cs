using System.Text;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Sources.Files;

/// <summary>The text of one file, or the one-line reason it cannot be imported.</summary>
public sealed record FileReadResult(string? Text, string? EncodingNote, string? Rejection)
{
    public bool IsRejected => Rejection is not null;

    public static FileReadResult Rejected(string reason) => new(null, null, reason);
}

/// <summary>Reads an article file defensively: every way a file can be unusable becomes a reason, never an exception.</summary>
public sealed class ArticleFileReader(IOptions<ImportOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ArticleFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Which extractor reads a file: Markdown and saved pages by their extension, everything else accepted as plain text.</summary>
    public static DocumentFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => DocumentFormat.Markdown,
        ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
        _ => DocumentFormat.Text,
    };

    /// <summary>The document extraction reads, for a file that was read (not rejected).</summary>
    public static SourceDocument ToDocument(string fullPath, FileReadResult read) =>
        new(fullPath, read.Text ?? throw new ArgumentException("a rejected file has no text", nameof(read)), FormatOf(fullPath), read.EncodingNote);

    public FileReadResult Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var extensions = options.Value.AcceptedExtensions();
        if (!extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            var accepted = string.Join(", ", extensions);
            return FileReadResult.Rejected(extension.Length == 0
                ? $"has no extension; only {accepted} files are imported"
                : $"unsupported extension '{extension}'; only {accepted} files are imported");
        }

        var identity = FileIdentity.Of(path);
        if (identity.Kind == FileKind.Missing)
        {
            return FileReadResult.Rejected("file not found");
        }

        if (identity.Kind != FileKind.Regular)
        {
            // Never opened: opening a FIFO waits for a writer, and a device may never end.
            return FileReadResult.Rejected($"is {FileIdentity.Describe(identity.Kind)}, not a regular file; skipped unread");
        }

        var limit = options.Value.MaxFileBytes;
        if (identity.Length > limit)
        {
            return FileReadResult.Rejected($"file is {Bytes(identity.Length)} bytes, over the {Bytes(limit)}-byte limit");
        }

        ArraySegment<byte> bytes;
        try
        {
            // The size on disk is only a claim (a file still being written, /proc): the limit holds on what is read.
            bytes = ReadAtMost(path, identity.Length, limit);
        }
        catch (UnauthorizedAccessException)
        {
            return FileReadResult.Rejected("cannot be read: permission denied");
        }
        catch (IOException ex)
        {
            return FileReadResult.Rejected($"cannot be read: {ex.Message}");
        }

        if (bytes.Count > limit)
        {
            return FileReadResult.Rejected($"file is over the {Bytes(limit)}-byte limit (more than {Bytes(limit)} bytes read)");
        }

        return Decode(bytes.AsSpan());
    }

    public static FileReadResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (DecodeUtf16(bytes) is { } utf16)
        {
            return utf16;
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return FileReadResult.Rejected("looks binary (contains NUL bytes); only plain text is imported");
        }

        string text;
        string? note = null;
        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            // Old news dumps are often Windows-1252; decoding as that keeps curly quotes and dashes right.
            text = Encoding.GetEncoding(1252).GetString(body);
            note = "not valid UTF-8; decoded as Windows-1252";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return FileReadResult.Rejected(bytes.Length == 0 ? "file is empty" : "file holds only whitespace");
        }

        return new FileReadResult(text, note, null);
    }

    /// <summary>
    /// A UTF-16 file says so with its byte order mark (Windows editors save "Unicode" that way); without one, UTF-16 is
    /// not guessed and its NUL bytes make it "binary".
    /// </summary>
    private static FileReadResult? DecodeUtf16(ReadOnlySpan<byte> bytes)
    {
        var bigEndian = bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!bigEndian && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return null;
        }

        string text;
        try
        {
            text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
        }
        catch (DecoderFallbackException)
        {
            return FileReadResult.Rejected("starts with a UTF-16 byte order mark but is not valid UTF-16");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return FileReadResult.Rejected("looks binary (contains NUL characters); only plain text is imported");
        }

        return string.IsNullOrWhiteSpace(text)
            ? FileReadResult.Rejected(text.Length == 0 ? "file is empty" : "file holds only whitespace")
            : new FileReadResult(text, $"decoded as UTF-16 ({(bigEndian ? "big" : "little")}-endian, with a byte order mark)", null);
    }

    /// <summary>A byte count as people read it, e.g. 2,097,152: the exact figure, so one byte over is visible.</summary>
    public static string Bytes(long count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads up to <paramref name="limit"/> + 1 bytes, so a file over the limit is known without reading it all, into
    /// one array sized from the length the file claims (plus the byte that shows it has ended), grown only when the
    /// file turns out longer. One array per file, not a fixed 80 KB chunk and a copy: for a folder of short stories
    /// the chunk was most of what an import allocated.
    /// </summary>
    private static ArraySegment<byte> ReadAtMost(string path, long claimedLength, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var most = Math.Min(limit + 1, Array.MaxLength);
        var buffer = new byte[Math.Min(Math.Max(claimedLength, 0) + 1, most)];
        var length = 0;
        while (length < most)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, most));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return new ArraySegment<byte>(buffer, 0, length);
    }
}
