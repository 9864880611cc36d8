using System.Xml;
using Reader = CodeHollow.FeedReader;

namespace PeaceTalksTracker.Intake.Sources.Feeds;

/// <summary>One entry of a feed: what makes it the same entry next time, where its page is, and its full text if carried.</summary>
public sealed record FeedEntry(string Key, string? Link, string? Title, string? FullContent, DateTimeOffset? Published);

/// <summary>
/// Reads RSS 2.0 (and 0.9x/1.0), Atom and JSON Feed with CodeHollow.FeedReader: one API over the three formats, lenient
/// about the dates real feeds write (System.ServiceModel.Syndication throws on a non-RFC 822 pubDate and reads no JSON
/// Feed), and it exposes <c>content:encoded</c> / Atom <c>content</c> / JSON <c>content_html</c> as the item's content.
/// </summary>
public static class FeedParser
{
    public static (IReadOnlyList<FeedEntry> Entries, string? Error) Parse(byte[] body, Uri feedUrl)
    {
        Reader.Feed feed;
        try
        {
            feed = Reader.FeedReader.ReadFromByteArray(body);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or ArgumentException or InvalidOperationException
            or System.Text.Json.JsonException or Reader.Parser.FeedTypeNotSupportedException or NullReferenceException or IndexOutOfRangeException)
        {
            // The library throws whatever its parser hit; any of them means the same to a reader: this is no feed.
            return ([], $"not a valid feed: {OneLine(ex.Message)}");
        }

        if (feed.Type == Reader.FeedType.Unknown)
        {
            return ([], "not a feed: neither RSS, Atom nor JSON Feed");
        }

        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items ?? [])
        {
            var link = Absolute(feedUrl, item.Link);
            var key = Clean(item.Id) ?? link;
            if (key is null)
            {
                // No guid and no link: nothing would tell it apart from the next poll's items.
                continue;
            }

            entries.Add(new FeedEntry(key, link, Clean(item.Title), Clean(item.Content), item.PublishingDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null));
        }

        return (entries, null);
    }

    private static string? Absolute(Uri feedUrl, string? link) =>
        Clean(link) is { } text && Uri.TryCreate(feedUrl, text, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
