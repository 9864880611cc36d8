using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;

namespace PeaceTalksTracker.Hosting;

/// <summary>
/// The app is read-only: every route takes GET and HEAD, and any other method gets 405 with <c>Allow</c> (a
/// ProblemDetails under <c>/api/</c>, the error page elsewhere) before a page or endpoint sees it. An address that is no
/// route stays 404 whatever the method.
/// </summary>
public static class HttpMethodPolicy
{
    public const string Allowed = "GET, HEAD";

    /// <summary>HEAD is answered as GET (the server sends the headers and no body), for pages, endpoints and files alike.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            // The request log and anything after it see the method the client sent.
            context.Request.Method = HttpMethods.Head;
        }
    });

    /// <summary>After routing: a route that does not take the method answers 405 (the error page, re-executed with the client's method, is let through).</summary>
    public static IApplicationBuilder UseMethodNotAllowed(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var method = context.Request.Method;
        var endpoint = context.GetEndpoint();
        var reExecuted = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || endpoint is null || reExecuted
            || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        if (ApiErrors.IsApi(context.Request))
        {
            await ApiErrors.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, $"This address takes {Allowed} only.");
        }

        // Pages: the status code page (/Error?status=405) explains it to the reader.
    });
}

/// <summary>
/// Lets the error page answer a request whatever its method: re-executed for a TRACE or a PUT, Razor Pages would find
/// no handler and render the page without running it. It is a GET page like every other.
/// </summary>
internal sealed class ReExecutedPageHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var features = context.HttpContext.Features;
        var reExecuted = features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
            || features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null;
        if (context.HandlerMethod is null && reExecuted)
        {
            context.HandlerMethod = context.ActionDescriptor.HandlerMethods
                .FirstOrDefault(h => string.Equals(h.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(h.Name));
        }
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

/// <summary>Every error under <c>/api/</c> is a ProblemDetails: unknown addresses, refused methods, status codes without a body, exceptions.</summary>
public static class ApiErrors
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, int status, string? detail = null) =>
        context.Response.WriteAsJsonAsync(
            new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail ?? DetailFor(status) },
            options: null, contentType: "application/problem+json", context.RequestAborted);

    /// <summary>Inside the status-code and exception pages of the site: for /api/ requests they write ProblemDetails instead.</summary>
    public static IApplicationBuilder UseApiProblemDetails(this IApplicationBuilder app) =>
        app.UseWhen(context => IsApi(context.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // No exception text: it can name files and types; the log has it.
                ExceptionHandler = context => WriteAsync(context, StatusCodes.Status500InternalServerError),
            });
            api.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        });

    private static string DetailFor(int status) => status switch
    {
        StatusCodes.Status404NotFound => "There is no API endpoint or resource at this address; GET /openapi/v1.json lists them.",
        StatusCodes.Status405MethodNotAllowed => $"This address takes {HttpMethodPolicy.Allowed} only.",
        >= 500 => "The server could not answer this request. Try again in a moment.",
        _ => "The request could not be served.",
    };
}
