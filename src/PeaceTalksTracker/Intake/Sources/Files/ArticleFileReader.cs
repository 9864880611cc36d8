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

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return FileReadResult.Rejected("file not found");
            }

            if (info.Length > options.Value.MaxFileBytes)
            {
                return FileReadResult.Rejected($"file is {FormatSize(info.Length)}, over the {FormatSize(options.Value.MaxFileBytes)} limit");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return FileReadResult.Rejected("cannot be read: permission denied");
        }
        catch (IOException ex)
        {
            return FileReadResult.Rejected($"cannot be read: {ex.Message}");
        }

        return Decode(bytes);
    }

    public static FileReadResult Decode(ReadOnlySpan<byte> bytes)
    {
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

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : $"{bytes / 1024.0:0.#} KB";
}
