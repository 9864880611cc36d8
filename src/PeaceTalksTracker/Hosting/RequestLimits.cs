using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace PeaceTalksTracker.Hosting;

/// <summary>
/// Limits on what one request may carry. The app takes no uploads and its forms are GET forms, so bodies are tiny;
/// query strings hold at most a search phrase or two article slugs.
/// </summary>
public static class RequestLimits
{
    /// <summary>Bodies above this are refused with 413.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>
    /// Kestrel refuses a longer request line with a bare 414. It is well above <see cref="MaxQueryLength"/> so that
    /// a long pasted search gets the app's readable 414 page, not Kestrel's empty one.
    /// </summary>
    public const int MaxRequestLineBytes = 1024 * 1024;

    /// <summary>Query strings longer than this (in characters, still URL-encoded) get the app's 414 page or ProblemDetails.</summary>
    public const int MaxQueryLength = 16 * 1024;

    public const int MaxRequestHeadersBytes = 32 * 1024;

    public static void Apply(KestrelServerLimits limits)
    {
        limits.MaxRequestBodySize = MaxRequestBodyBytes;
        limits.MaxRequestLineSize = MaxRequestLineBytes;
        limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
        limits.MaxRequestHeaderCount = 100;
    }

    /// <summary>Refuses over-long query strings before any page or endpoint parses them.</summary>
    public static IApplicationBuilder UseQueryLengthLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.QueryString.Value is { Length: > MaxQueryLength })
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await Results.Problem(statusCode: StatusCodes.Status414UriTooLong, title: "Query too long",
                    detail: $"The query string is longer than {MaxQueryLength} characters. Shorten the search or the parameters.").ExecuteAsync(context);
            }

            // Pages: the status code page (/Error?status=414) explains it to the reader.
            return;
        }

        await next(context);
    });
}
