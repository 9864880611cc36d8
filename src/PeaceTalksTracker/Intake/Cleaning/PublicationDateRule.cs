using System.Globalization;
using System.Text.RegularExpressions;
using PeaceTalksTracker.Intake.Extraction;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// Decides the article's publication date from every place that states one, by this rule (README "Dates"):
/// <list type="number">
/// <item>the date in the source's address (<c>/2026/02/20/</c>, <c>/2026/feb/20/</c>, <c>/20260220/</c>) wins over
/// everything: a publisher fixes it when the piece goes out, so it is never a crawl or a "modified" date;</item>
/// <item>else the publication date the source's metadata declares (front matter, JSON-LD, OpenGraph, meta);</item>
/// <item>else the date the text itself states (its date line or dateline);</item>
/// <item>else a "last updated" date, with a note that it is one.</item>
/// </list>
/// When another source names a day more than one day away from the one used, the article carries a note saying
/// both. With none the article is undated, and pages say so.
/// </summary>
public sealed partial class PublicationDateRule : IArticleCleaningRule
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public ParsedArticle Apply(ParsedArticle article)
    {
        var fromAddress = FromAddress(article.Page.CanonicalUrl) ?? FromAddress(article.SourceUrl);
        var declaredBy = article.Page.Origin ?? "page metadata";
        var declared = article.Page.Published is { } published ? DateOnly.FromDateTime(published.Date) : (DateOnly?)null;
        var inText = article.PublishedOn ?? DateParser.Parse(article.Dateline);
        var updated = article.UpdatedOn ?? (article.Page.Modified is { } modified ? DateOnly.FromDateTime(modified.Date) : null);

        var candidates = new List<(string Source, DateOnly Date)>();
        Add("address", fromAddress);
        Add(declaredBy, declared);
        Add("text", inText);
        if (candidates.Count == 0)
        {
            return updated is null
                ? article with { PublishedOn = null, DateSource = null }
                : article with { PublishedOn = updated, DateSource = "updated date", DateNote = "only a last-updated date was given" };
        }

        var (source, date) = candidates[0];
        var disagreeing = candidates.Skip(1).Where(c => Math.Abs(c.Date.DayNumber - date.DayNumber) > 1).ToList();
        var note = disagreeing.Count == 0
            ? null
            : string.Join("; ", disagreeing.Select(c => $"the {c.Source} says {Format(c.Date)}")) + $"; the {source}'s {Format(date)} is used";
        return article with { PublishedOn = date, DateSource = source, DateNote = note };

        void Add(string name, DateOnly? value)
        {
            if (value is { } day)
            {
                candidates.Add((name, day));
            }
        }
    }

    /// <summary>The date written in an address's path, or null: /2026/02/20/, /2026/feb/20/, /20260220/, /2026-02-20/.</summary>
    public static DateOnly? FromAddress(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var path = uri.AbsolutePath.ToLowerInvariant();
        var match = AddressDate().Match(path);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var monthText = match.Groups["m"].Value;
        var month = char.IsDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture) : Array.IndexOf(MonthNames, monthText[..3]) + 1;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return year is >= 1980 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:/(?<m>\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]{3,9})/(?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2})|-(?<m>\d{2})-(?<d>\d{2}))(?=/|$|[-_.])")]
    private static partial Regex AddressDate();
}
