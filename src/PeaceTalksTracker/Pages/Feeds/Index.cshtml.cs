using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Api;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Pages.Feeds;

/// <summary><c>/feeds</c>: the subscribed feeds and how their polling goes. Read-only: feeds are managed from the command line.</summary>
public sealed class IndexModel(IDbContextFactory<PeaceTalksDbContext> dbFactory) : PageModel
{
    public IReadOnlyList<FeedsApi.FeedStatus> Feeds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Feeds = await FeedsApi.StatusAsync(db, cancellationToken);
    }

    public static string When(DateTimeOffset? at) =>
        at?.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) ?? "never";
}
