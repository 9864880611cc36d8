using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Sources.Files;
using Polly.Timeout;

namespace PeaceTalksTracker.Intake.Sources.Links;

/// <summary>What one fetch gave: the body's bytes and headers, "not modified", or the one-line reason it failed.</summary>
public sealed record FetchedResource(Uri Url, byte[] Body, string? MediaType, string? Charset, string? ETag, string? LastModified)
{
    public bool NotModified { get; init; }
}

/// <summary>A fetch that failed; <see cref="Transient"/> when trying again later may work (a 5xx, a timeout, no connection).</summary>
public sealed record WebFailure(string Reason, bool Transient);

/// <summary>
/// Fetches one URL over http(s) through the "links" client (timeouts, retries with back-off: see
/// <see cref="LinkRegistration"/>), following redirects itself so it can cap them and name a loop, and reading at most
/// <c>Import:MaxFileBytes</c> of the body whatever the server claims.
/// </summary>
public sealed class WebFetcher(IHttpClientFactory clients, IOptions<LinkOptions> links, IOptions<ImportOptions> import)
{
    public const string ClientName = "links";

    /// <summary>The URL as the store knows it: http(s) only, host lower-cased, default port and fragment dropped.</summary>
    public static Uri? Normalize(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host)
            ? new Uri(uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped))
            : null;

    /// <summary>Fetches <paramref name="url"/>; with validators from an earlier fetch it asks only for a changed body.</summary>
    public async Task<(FetchedResource? Response, WebFailure? Failure)> FetchAsync(
        Uri url, string accept, string? etag = null, string? lastModified = null, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(ClientName);
        var seen = new List<Uri> { url };
        var current = url;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.UserAgent.ParseAdd(links.Value.UserAgent);
            request.Headers.Accept.ParseAdd(accept);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (lastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (Exception ex) when (Failure(ex, cancellationToken) is { } failure)
            {
                return (null, failure);
            }

            using (response)
            {
                if (IsRedirect(response.StatusCode))
                {
                    var location = response.Headers.Location;
                    if (location is null)
                    {
                        return (null, new WebFailure($"HTTP {(int)response.StatusCode} redirect without a Location", Transient: false));
                    }

                    var next = Normalize(new Uri(current, location).ToString());
                    if (next is null)
                    {
                        return (null, new WebFailure($"redirected to {location}, which is not an http(s) address", Transient: false));
                    }

                    if (seen.Contains(next))
                    {
                        return (null, new WebFailure($"redirect loop: {string.Join(" -> ", seen.SkipWhile(u => u != next))} -> {next}", Transient: false));
                    }

                    if (hop + 1 > links.Value.MaxRedirects)
                    {
                        return (null, new WebFailure($"more than {links.Value.MaxRedirects} redirects (last to {next})", Transient: false));
                    }

                    seen.Add(next);
                    current = next;
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return (new FetchedResource(current, [], null, null, etag, lastModified) { NotModified = true }, null);
                }

                if (!response.IsSuccessStatusCode)
                {
                    var code = (int)response.StatusCode;
                    return (null, new WebFailure($"HTTP {code} {response.ReasonPhrase}".TrimEnd(), Transient: code >= 500 || code is 408 or 429));
                }

                return await ReadBodyAsync(current, response, cancellationToken);
            }
        }
    }

    private async Task<(FetchedResource?, WebFailure?)> ReadBodyAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = import.Value.MaxFileBytes;
        var contentType = response.Content.Headers.ContentType;
        if (response.Content.Headers.ContentLength is { } length && length > limit)
        {
            return (null, new WebFailure($"response is {ArticleFileReader.Bytes(length)} bytes, over the {ArticleFileReader.Bytes(limit)}-byte limit", Transient: false));
        }

        byte[] body;
        try
        {
            body = await ReadAtMostAsync(response.Content, limit, cancellationToken);
        }
        catch (Exception ex) when (Failure(ex, cancellationToken) is { } failure)
        {
            return (null, failure);
        }

        if (body.LongLength > limit)
        {
            return (null, new WebFailure($"response is over the {ArticleFileReader.Bytes(limit)}-byte limit (stopped reading after {ArticleFileReader.Bytes(limit)} bytes)", Transient: false));
        }

        return (new FetchedResource(url, body, contentType?.MediaType, contentType?.CharSet, Header(response.Headers.ETag), Header(response.Content.Headers.LastModified)), null);
    }

    private static async Task<byte[]> ReadAtMostAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1 - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The one line a failed request becomes; null when the caller itself cancelled (that is not the URL's fault).</summary>
    private WebFailure? Failure(Exception ex, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        return ex switch
        {
            TimeoutRejectedException or TaskCanceledException or OperationCanceledException =>
                new WebFailure($"timed out (no complete answer within {links.Value.AttemptTimeout.TotalSeconds:0.#} s per attempt, {links.Value.TotalTimeout.TotalSeconds:0.#} s in all)", Transient: true),
            HttpRequestException { InnerException: AuthenticationException tls } =>
                new WebFailure($"TLS error: {tls.Message}", Transient: false),
            HttpRequestException http =>
                new WebFailure($"cannot connect: {http.HttpRequestError switch
                {
                    HttpRequestError.NameResolutionError => "host not found",
                    HttpRequestError.ConnectionError => "connection refused or dropped",
                    HttpRequestError.SecureConnectionError => "TLS error",
                    _ => http.Message,
                }}", Transient: http.HttpRequestError is not HttpRequestError.SecureConnectionError),
            IOException io => new WebFailure($"connection dropped: {io.Message}", Transient: true),
            _ => null,
        };
    }

    private static bool IsRedirect(HttpStatusCode code) => code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string? Header(EntityTagHeaderValue? etag) => etag?.ToString();

    private static string? Header(DateTimeOffset? date) => date?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
