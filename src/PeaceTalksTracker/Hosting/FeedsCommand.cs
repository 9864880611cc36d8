using System.Globalization;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Sources;
using PeaceTalksTracker.Intake.Sources.Feeds;

namespace PeaceTalksTracker.Hosting;

/// <summary><c>feeds add URL [--name N] [--outlet O] [--interval MINUTES]</c>, <c>feeds list</c>, <c>feeds remove URL|ID</c>, <c>feeds poll</c>.</summary>
public static class FeedsCommand
{
    private const string Usage = "usage: feeds add URL [--name NAME] [--outlet OUTLET] [--interval MINUTES] | feeds list | feeds remove URL|ID | feeds poll";

    public static async Task<int> RunAsync(IServiceProvider services, AppCommand command)
    {
        var feeds = services.GetRequiredService<FeedSubscriptions>();
        var words = command.Paths;
        switch (words.Count > 0 ? words[0].ToLowerInvariant() : "")
        {
            case "add" when words.Count == 2:
                return await AddAsync(feeds, words[1], command.FeedOptions);
            case "list" when words.Count == 1:
                await feeds.SyncConfiguredAsync();
                Print(await feeds.ListAsync());
                return 0;
            case "remove" when words.Count == 2:
                var removed = await feeds.RemoveAsync(words[1]);
                Console.WriteLine(removed is null ? $"no feed {PrintableText.Escape(words[1])}" : $"removed feed {removed.Id} {removed.Url}");
                return removed is null ? 2 : 0;
            case "poll" when words.Count == 1:
                return await PollAsync(services, feeds);
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> AddAsync(FeedSubscriptions feeds, string url, IReadOnlyDictionary<string, string> options)
    {
        int? interval = null;
        if (options.TryGetValue("interval", out var text))
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes < 1)
            {
                await Console.Error.WriteLineAsync($"--interval must be a whole number of minutes, at least 1 (not '{PrintableText.Escape(text)}')");
                return 2;
            }

            interval = minutes;
        }

        var (feed, added) = await feeds.AddAsync(url, options.GetValueOrDefault("name"), options.GetValueOrDefault("outlet"), interval, "command");
        if (feed is null)
        {
            await Console.Error.WriteLineAsync($"not an http(s) address: {PrintableText.Escape(url)}");
            return 2;
        }

        Console.WriteLine($"{(added ? "added" : "updated")} feed {feed.Id} {feed.Url} (every {feed.IntervalMinutes} min)");
        return 0;
    }

    private static async Task<int> PollAsync(IServiceProvider services, FeedSubscriptions feeds)
    {
        await feeds.SyncConfiguredAsync();
        var results = await services.GetRequiredService<FeedPoller>().PollDueAsync(all: true);
        var report = new ImportReport();
        foreach (var result in results)
        {
            Console.WriteLine(result.Error is null
                ? $"feed {result.FeedUrl}: {(result.NotModified ? "not modified" : $"{result.Report.Results.Count} new items")}"
                : $"feed {result.FeedUrl} failed: {PrintableText.Escape(result.Error)}");
            foreach (var item in result.Report.Results)
            {
                Console.WriteLine("  " + item);
                report.Add(item);
            }
        }

        Console.WriteLine(report.Summary);
        return results.Any(r => r.Error is not null) || report.Rejected > 0 ? 2 : 0;
    }

    private static void Print(IReadOnlyList<Feed> list)
    {
        if (list.Count == 0)
        {
            Console.WriteLine("no feeds (add one with: feeds add URL)");
            return;
        }

        foreach (var feed in list)
        {
            Console.WriteLine($"{feed.Id,4}  {feed.Url}  {feed.Name ?? "-"}  outlet: {feed.Outlet ?? "-"}  every {feed.IntervalMinutes} min  ({feed.Origin})");
            Console.WriteLine($"      last fetch {When(feed.LastFetchAt)}, last success {When(feed.LastSuccessAt)}, {feed.ItemsImported} items imported{(feed.LastError is null ? "" : $", last error: {PrintableText.Escape(feed.LastError)}")}");
        }
    }

    private static string When(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "never";
}
