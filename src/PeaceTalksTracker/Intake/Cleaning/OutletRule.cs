using System.Text.RegularExpressions;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// Decides the article's outlet, one canonical name through the outlets file: what the source's metadata declares
/// (front matter outlet/site, og:site_name, JSON-LD publisher), else what the header named, else the title's suffix
/// ("… | Russia-Ukraine war News | Al Jazeera"), else the source address's domain. The outlet suffix and the section
/// crumbs before it are taken off the title whichever source named the outlet, so the title and its slug are the
/// headline alone.
/// </summary>
public sealed partial class OutletRule(CleaningRules rules) : IArticleCleaningRule
{
    private const int MaxCrumbWords = 5;

    public ParsedArticle Apply(ParsedArticle article)
    {
        var host = OutletDirectory.HostOf(article.Page.CanonicalUrl) ?? OutletDirectory.HostOf(article.SourceUrl);
        var declared = Canonical(WithoutTagline(article.Page.SiteName, host)) ?? Canonical(WithoutTagline(article.Outlet, host));
        var (headline, suffixOutlet) = article.Headline is null ? (null, null) : StripSuffix(article.Headline, host, declared);
        var outlet = declared ?? suffixOutlet ?? rules.Outlets.ByHost(host) ?? host;
        return article with { Outlet = outlet, Headline = headline is null ? null : StripAuthor(headline, article.Author) };
    }

    /// <summary>
    /// Some sites end the title with the writer ("… whale strandings | Eleanor Ainge Roy"): a last part that is exactly
    /// the article's author is the byline, which the page already shows, not part of the headline.
    /// </summary>
    private static string StripAuthor(string title, string? author)
    {
        if (string.IsNullOrWhiteSpace(author))
        {
            return title;
        }

        var parts = Separator().Split(title);
        if (parts.Length < 2 || !string.Equals(BlockText.Collapse(parts[^1]), BlockText.Collapse(author), StringComparison.OrdinalIgnoreCase))
        {
            return title;
        }

        var last = Separator().Matches(title)[^1];
        var rest = title[..last.Index].Trim();
        return Words.Count(rest) >= 2 ? rest : title;
    }

    /// <summary>A known outlet's canonical name; an unknown one as written (capitals tamed), or null when blank.</summary>
    private string? Canonical(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // Some pages declare their address as their name ("http://www.tmz.com"): the outlet is the one at that address.
        var trimmed = name.Trim();
        if ((trimmed.Contains("://", StringComparison.Ordinal) || trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) && OutletDirectory.HostOf(trimmed) is { } host)
        {
            return rules.Outlets.ByHost(host) ?? host;
        }

        return rules.Outlets.ByName(trimmed) ?? OutletNames.Normalize(trimmed);
    }

    /// <summary>
    /// A declared name with the site's slogan after it ("Harbour Wire - Latest News &amp; Headlines") is the part that
    /// names the outlet: one the outlets file knows, one that spells the address, or the first when what follows it is a
    /// slogan or a byline ("| By: Jane Doe"). Otherwise the name as declared, which may be longer than the outlet's
    /// everyday name ("Harbour Hacks – the Web developer blog") but is never cut at a dash of its own.
    /// </summary>
    private string? WithoutTagline(string? name, string? host)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return name;
        }

        var parts = Separator().Split(name).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return name;
        }

        return parts.FirstOrDefault(p => rules.Outlets.ByName(p) is not null)
            ?? parts.FirstOrDefault(p => NamesHost(p, host))
            ?? (parts.Skip(1).All(p => IsSlogan(p) || Byline().IsMatch(p)) ? parts[0] : name);
    }

    // Words of a site's slogan, never of its name on their own: "Latest News & Headlines", "Breaking news, videos and photos".
    private static readonly HashSet<string> SloganWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "latest", "breaking", "top", "today", "today's", "daily", "news", "headline", "headlines", "stories", "update", "updates",
        "analysis", "opinion", "video", "videos", "photo", "photos", "world", "local", "national", "international", "sport",
        "sports", "business", "politics", "and", "from", "the", "official", "site", "website", "online", "home", "page", "more",
        "in", "of", "for", "your", "source", "coverage",
    };

    private static bool IsSlogan(string part)
    {
        var words = part.Split([' ', ',', '&', '+', '/'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(SloganWords.Contains);
    }

    /// <summary>The title without its outlet suffix and section crumbs, and the outlet the suffix named.</summary>
    private (string Title, string? Outlet) StripSuffix(string title, string? host, string? declared)
    {
        var parts = Separator().Split(title);
        if (parts.Length < 2)
        {
            return (title, null);
        }

        var tail = parts[^1].Trim();
        var outlet = rules.Outlets.ByName(tail) ?? (NamesHost(tail, host) || NamesDeclared(tail, declared) ? OutletNames.Normalize(tail) : null);
        if (outlet is null)
        {
            return (title, null);
        }

        // What is left of a pipe-separated title after the outlet are crumbs ("Russia-Ukraine war News") when short;
        // the headline itself is the first part. A dash-separated title keeps its dashes: they are often the headline's.
        var kept = parts.Length - 1;
        var pipes = PipeSeparated().Count(title);
        while (kept > 1 && pipes >= parts.Length - 1 && Words.Count(parts[kept - 1]) <= MaxCrumbWords)
        {
            kept--;
        }

        var rest = string.Join("", Separator().Matches(title).Take(kept - 1).Select((m, i) => parts[i] + m.Value)) + parts[kept - 1];
        rest = rest.Trim();
        return Words.Count(rest) >= 2 ? (rest, outlet) : (title, null);
    }

    // Labels of an address that name no outlet on their own ("en.wikipedia.org", "news.example.com", "m.site.com").
    private static readonly HashSet<string> GenericLabels = new(StringComparer.Ordinal) { "www", "en", "m", "amp", "mobile", "news", "blog", "blogs", "edition", "beta" };

    /// <summary>
    /// The suffix spells the address: one of its labels ("Ronin's Grips" for roninsgrips.com, "Wikipedia" for
    /// en.wikipedia.org) or the whole address ("TMZ.com" for tmz.com), so it is the outlet's name as the site writes it.
    /// </summary>
    private static bool NamesHost(string tail, string? host)
    {
        if (host is null)
        {
            return false;
        }

        var key = OutletDirectory.Key(tail);
        if (key.Length < 3)
        {
            return false;
        }

        var labels = host.Split('.');
        // The last label is the domain's ending (com, org, uk): never a name.
        var names = labels.Take(Math.Max(1, labels.Length - 1)).Select(OutletDirectory.Key).Where(l => l.Length >= 3 && !GenericLabels.Contains(l));
        return key == OutletDirectory.Key(host) || names.Any(label => key == label || (key.StartsWith("the", StringComparison.Ordinal) && key[3..] == label));
    }

    /// <summary>
    /// The suffix spells the outlet the page declares ("… | Factorio" with the site name "Factorio.com"), which tells a
    /// saved page's suffix from its headline when the page gives no address.
    /// </summary>
    private static bool NamesDeclared(string tail, string? declared) =>
        declared is not null
        && (OutletDirectory.Key(tail) is { Length: >= 3 } key && key == OutletDirectory.Key(declared) || declared.Contains('.') && NamesHost(tail, declared));

    [GeneratedRegex(@"\s+(?:\||[-–—:·•])\s+")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^by\b:?\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\s+\|\s+")]
    private static partial Regex PipeSeparated();
}
