using Microsoft.Extensions.Options;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Sources.Links;

/// <summary><c>import https://…</c> and <c>import --urls list.txt</c>: fetch each page, then the importer's stages.</summary>
public sealed partial class LinkImporter(PageFetcher pages, ArticleImporter importer, IOptions<ImportOptions> options, ILogger<LinkImporter> logger)
{
    public async Task<ImportResult> ImportAsync(string url, CancellationToken cancellationToken = default)
    {
        if (WebFetcher.Normalize(url) is not { } address)
        {
            return Rejected(url, "not an http(s) address");
        }

        var fetched = await pages.FetchAsync(address, cancellationToken);
        if (fetched.Document is null)
        {
            return Rejected(url, fetched.Failure?.Reason ?? "could not be fetched");
        }

        return await importer.ImportDocumentAsync(url, fetched.Document, ImportSourceKind.Link, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The URLs of a list file, one a line (blank lines and <c>#</c> comments skipped); a line that is not an http(s)
    /// address, or a list that cannot be read, is a rejection naming the file and line.
    /// </summary>
    public IReadOnlyList<string> ReadList(string path, List<ImportResult> rejected)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            rejected.Add(Rejected(path, "URL list not found"));
            return [];
        }

        if (info.Length > options.Value.MaxFileBytes)
        {
            rejected.Add(Rejected(path, $"URL list is {Files.ArticleFileReader.Bytes(info.Length)} bytes, over the {Files.ArticleFileReader.Bytes(options.Value.MaxFileBytes)}-byte limit"));
            return [];
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            rejected.Add(Rejected(path, $"URL list cannot be read: {ex.Message}"));
            return [];
        }

        var urls = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (WebFetcher.Normalize(line) is null)
            {
                rejected.Add(Rejected($"{path}:{i + 1}", $"not an http(s) address: {line}"));
                continue;
            }

            urls.Add(line);
        }

        return urls;
    }

    private ImportResult Rejected(string url, string reason)
    {
        LogRejected(PrintableText.Escape(url), reason);
        return new ImportResult(url, ImportOutcome.Rejected, Reason: reason) { Source = ImportSourceKind.Link };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {Url}: {Reason}")]
    private partial void LogRejected(string url, string reason);
}
