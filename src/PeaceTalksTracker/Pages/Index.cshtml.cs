using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Pages;

public sealed class IndexModel(IDbContextFactory<PeaceTalksDbContext> dbFactory) : PageModel
{
    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public sealed record ArticleRow(string Slug, string Title, string? Outlet, string? Author, DateOnly? PublishedOn, int WordCount);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Articles = await db.Articles
            .OrderByDescending(a => a.PublishedOn).ThenBy(a => a.Title)
            .Select(a => new ArticleRow(a.Slug, a.Title, a.Outlet, a.Author, a.PublishedOn, a.WordCount))
            .ToListAsync(cancellationToken);
    }
}
