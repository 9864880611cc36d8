using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Sources.Links;

namespace PeaceTalksTracker.Intake.Sources.Feeds;

/// <summary>What one poll of one feed did.</summary>
public sealed record FeedPollResult(string FeedUrl, ImportReport Report, string? Error, bool NotModified);

/// <summary>
/// Polls feeds: a conditional GET (ETag / Last-Modified), then each entry not seen before goes through the importer,
/// from its full content when the feed carries it (<c>content:encoded</c>, Atom content, JSON <c>content_html</c>),
/// else from its page. A feed that fails records why and backs off; it never stops the others.
/// </summary>
public sealed partial class FeedPoller(
    IDbContextFactory<PeaceTalksDbContext> dbFactory,
    WebFetcher fetcher,
    PageFetcher pages,
    ArticleImporter importer,
    IOptions<FeedOptions> options,
    TimeProvider clock,
    ILogger<FeedPoller> logger) : IDisposable
{
    private const string Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

    // Feeds are fetched side by side, so a slow one does not hold the others up; their articles are written one at a time.
    private readonly SemaphoreSlim _writes = new(1, 1);

    /// <summary>Polls every feed that is due (or every feed, with <paramref name="all"/>), a few at a time.</summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollDueAsync(bool all = false, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        List<Feed> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Feeds.Where(f => all || f.NextFetchAt <= now).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        }

        var results = new ConcurrentDictionary<int, FeedPollResult>();
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (feed, token) => results[feed.Id] = await PollAsync(feed, token));
        return [.. due.Select(f => results[f.Id])];
    }

    public async Task<FeedPollResult> PollAsync(Feed feed, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        string? error;
        FetchedResource? response = null;
        try
        {
            (response, var failure) = await fetcher.FetchAsync(new Uri(feed.Url), Accept, feed.ETag, feed.LastModified, cancellationToken);
            error = failure?.Reason;
            if (response is { NotModified: false })
            {
                var (entries, parseError) = FeedParser.Parse(response.Body, response.Url);
                error = parseError;
                if (parseError is null)
                {
                    await ImportEntriesAsync(feed, entries, report, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong is this feed's problem: record it and let the other feeds and the app go on.
            error = $"poll failed: {ex.Message.ReplaceLineEndings(" ")}";
        }

        await RecordAsync(feed, error, error is null ? response : null, report, cancellationToken);
        if (error is not null)
        {
            LogFeedFailed(feed.Url, error);
        }
        else
        {
            LogFeedPolled(feed.Url, report.Imported, report.Updated, report.Rejected);
        }

        return new FeedPollResult(feed.Url, report, error, response?.NotModified == true);
    }

    private async Task ImportEntriesAsync(Feed feed, IReadOnlyList<FeedEntry> entries, ImportReport report, CancellationToken cancellationToken)
    {
        HashSet<string> seen;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            seen = (await db.FeedItems.Where(i => i.FeedId == feed.Id).Select(i => i.ItemKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var entry in entries.Where(e => !seen.Contains(e.Key)).DistinctBy(e => e.Key).Take(options.Value.MaxItemsPerPoll))
        {
            var (result, transient) = await ImportEntryAsync(feed, entry, cancellationToken);
            report.Add(result);
            if (!transient)
            {
                // A transient failure (the page timed out, a 503) is tried again on the next poll; anything else is final.
                await RecordItemAsync(feed.Id, entry, result, cancellationToken);
            }
        }
    }

    private async Task<(ImportResult Result, bool Transient)> ImportEntryAsync(Feed feed, FeedEntry entry, CancellationToken cancellationToken)
    {
        var shownAs = entry.Link ?? $"{feed.Url} item {entry.Key}";
        SourceDocument document;
        if (entry.FullContent is not null)
        {
            document = FeedItemDocument.FromContent(feed.Url, entry);
        }
        else if (entry.Link is not null && WebFetcher.Normalize(entry.Link) is { } link)
        {
            var fetched = await pages.FetchAsync(link, cancellationToken);
            if (fetched.Document is null)
            {
                var failure = fetched.Failure ?? new WebFailure("could not be fetched", Transient: true);
                return (new ImportResult(shownAs, ImportOutcome.Rejected, Reason: failure.Reason) { Source = ImportSourceKind.FeedItem }, failure.Transient);
            }

            document = fetched.Document;
        }
        else
        {
            return (new ImportResult(shownAs, ImportOutcome.Rejected, Reason: "the item has neither content nor a web link") { Source = ImportSourceKind.FeedItem }, false);
        }

        await _writes.WaitAsync(cancellationToken);
        try
        {
            var result = await importer.ImportDocumentAsync(shownAs, document, ImportSourceKind.FeedItem, feed.Outlet, cancellationToken);
            // A store that could not write now (locked, full) may on the next poll: the item is not done with.
            return (result, result.Reason?.StartsWith("could not be stored", StringComparison.Ordinal) == true);
        }
        finally
        {
            _writes.Release();
        }
    }

    private async Task RecordItemAsync(int feedId, FeedEntry entry, ImportResult result, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            int? articleId = result.Slug is null ? null : await db.Articles.Where(a => a.Slug == result.Slug).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            db.FeedItems.Add(new FeedItem
            {
                FeedId = feedId,
                ItemKey = entry.Key,
                Link = entry.Link,
                ArticleId = articleId,
                Outcome = result.Outcome == ImportOutcome.Rejected ? $"rejected: {result.Reason}" : result.Outcome.ToString().ToLowerInvariant(),
                SeenAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    private async Task RecordAsync(Feed polled, string? error, FetchedResource? response, ImportReport report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var feed = await db.Feeds.AsTracking().SingleOrDefaultAsync(f => f.Id == polled.Id, cancellationToken);
            if (feed is null)
            {
                return; // removed while it was being polled
            }

            var interval = TimeSpan.FromMinutes(Math.Max(1, feed.IntervalMinutes));
            feed.LastFetchAt = now;
            feed.ItemsImported += report.Imported;
            if (error is null)
            {
                feed.LastSuccessAt = now;
                feed.LastError = null;
                feed.ConsecutiveFailures = 0;
                feed.NextFetchAt = now + interval;
                if (response is { NotModified: false })
                {
                    feed.ETag = response.ETag;
                    feed.LastModified = response.LastModified;
                }
            }
            else
            {
                feed.LastError = error;
                feed.ConsecutiveFailures++;
                feed.NextFetchAt = now + Backoff(interval, feed.ConsecutiveFailures, options.Value.MaxBackoff);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            _writes.Release();
        }
    }

    public void Dispose() => _writes.Dispose();

    /// <summary>The wait after the n-th failure in a row: the interval doubled each time, never past the cap.</summary>
    public static TimeSpan Backoff(TimeSpan interval, int failures, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Min(failures, 16));
        return TimeSpan.FromTicks((long)Math.Min(max.Ticks, interval.Ticks * factor));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {FeedUrl} failed: {Reason}")]
    private partial void LogFeedFailed(string feedUrl, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {FeedUrl} polled: {Imported} imported, {Updated} updated, {Rejected} rejected")]
    private partial void LogFeedPolled(string feedUrl, int imported, int updated, int rejected);
}

/// <summary>A feed item that carries its full text, as the HTML page extraction reads.</summary>
internal static class FeedItemDocument
{
    public static SourceDocument FromContent(string feedUrl, FeedEntry entry)
    {
        var address = entry.Link is not null && WebFetcher.Normalize(entry.Link) is { } link ? link.ToString() : $"{feedUrl}#{Uri.EscapeDataString(entry.Key)}";
        var title = WebUtility.HtmlEncode(entry.Title ?? "");
        var published = entry.Published is { } date
            ? $"<meta property=\"article:published_time\" content=\"{date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">"
            : "";
        // The item's content is the article's body as the outlet wrote it; the title and date come from the item.
        var html = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title>" +
                   $"<link rel=\"canonical\" href=\"{WebUtility.HtmlEncode(address)}\">{published}</head>" +
                   $"<body><article><h1>{title}</h1>{entry.FullContent}</article></body></html>";
        return new SourceDocument(address, html, DocumentFormat.Html, SourceUrl: address);
    }
}
