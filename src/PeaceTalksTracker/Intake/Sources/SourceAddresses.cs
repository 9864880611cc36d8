using PeaceTalksTracker.Intake.Sources.Links;

namespace PeaceTalksTracker.Intake.Sources;

/// <summary>How an article from the web is known: by its address, or by the canonical address its page declares.</summary>
public static class SourceAddresses
{
    public static bool IsWebAddress(string location) =>
        location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The page's canonical address when it declares one on its own site, else the address it was fetched from. A
    /// canonical address on another site is ignored: otherwise any page could claim to be another site's article and
    /// overwrite it in the store on import. So is one that is the site's home page when the page itself is not (sites
    /// fill <c>og:url</c> or JSON-LD <c>url</c> with it): every article of the site would be one article.
    /// </summary>
    public static string Canonical(string fetched, string? declared)
    {
        if (declared is null || WebFetcher.Normalize(fetched) is not { } page
            || !Uri.TryCreate(page, declared.Trim(), out var resolved) || WebFetcher.Normalize(resolved.ToString()) is not { } canonical)
        {
            return fetched;
        }

        return SameSite(page, canonical) && (!IsHomePage(canonical) || IsHomePage(page)) ? canonical.ToString() : fetched;
    }

    private static bool IsHomePage(Uri address) => address.AbsolutePath is "" or "/" && address.Query.Length == 0;

    private static bool SameSite(Uri a, Uri b) =>
        string.Equals(Bare(a.Host), Bare(b.Host), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
