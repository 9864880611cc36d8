namespace PeaceTalksTracker.Intake.Sources.Links;

/// <summary>A fetched page ready for extraction, or the one-line reason there is none.</summary>
public sealed record PageFetchResult(SourceDocument? Document, WebFailure? Failure);

/// <summary>
/// The link source: fetches a web page and hands it on as an HTML <see cref="SourceDocument"/> whose Location and
/// SourceUrl are the page's address after redirects (the article is known by it).
/// </summary>
public sealed class PageFetcher(WebFetcher fetcher)
{
    private const string Accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    public async Task<PageFetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var (response, failure) = await fetcher.FetchAsync(url, Accept, cancellationToken: cancellationToken);
        if (response is null)
        {
            return new PageFetchResult(null, failure);
        }

        if (response.MediaType is { } type && !IsHtml(type))
        {
            return new PageFetchResult(null, new WebFailure($"not a web page: the server sent {type}; only HTML pages are imported", Transient: false));
        }

        if (response.Body.Length == 0)
        {
            return new PageFetchResult(null, new WebFailure("the page is empty", Transient: false));
        }

        var (text, note) = PageCharset.Decode(response.Body, response.Charset);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return new PageFetchResult(null, new WebFailure("not a web page: the body holds NUL bytes", Transient: false));
        }

        var address = response.Url.ToString();
        return new PageFetchResult(new SourceDocument(address, text, DocumentFormat.Html, note, address), null);
    }

    private static bool IsHtml(string mediaType) =>
        mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
}
