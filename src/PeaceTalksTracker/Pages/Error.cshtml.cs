using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PeaceTalksTracker.Pages;

[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; } = 500;
    public string Heading { get; private set; } = "Something went wrong";
    public string Explanation { get; private set; } = "The page could not be shown. Try again in a moment.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        var reExecuted = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null
            || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Status = reExecuted
            ? status ?? (HttpContext.Response.StatusCode >= 400 ? HttpContext.Response.StatusCode : 500)
            // Visited directly (a typed or crafted address): there is no error to report, whatever ?status says.
            : status is >= 400 and < 500 ? status.Value : 404;
        (Heading, Explanation) = Status switch
        {
            404 => ("Page not found", "There is no article or page at this address. It may have been renamed, or the link may be mistyped."),
            400 => ("That request could not be understood", "Part of the address is malformed. Check it, or start again from the article list."),
            429 => ("Too many requests", "Please slow down and try again in a few seconds."),
            413 => ("That request is too large", "This site takes no uploads. Go back and try again."),
            414 => ("That address is too long", "The search or link is longer than this site accepts. Shorten it and try again."),
            _ when Status >= 400 && Status < 500 => ("That request could not be served", "Check the address and try again."),
            _ => ("Something went wrong", "The page could not be shown. Try again in a moment."),
        };
        if (HttpContext.Response.StatusCode == 200 && Status >= 400)
        {
            Response.StatusCode = Status;
        }
    }
}
