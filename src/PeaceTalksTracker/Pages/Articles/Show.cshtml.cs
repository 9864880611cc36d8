using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Pages.Articles;

public sealed class ShowModel(IDbContextFactory<PeaceTalksDbContext> dbFactory, ArticleRenderer renderer) : PageModel
{
    public Article? Article { get; private set; }

    /// <summary>Markdig output with raw HTML disabled and unsafe links neutralised, so it is safe to emit.</summary>
    public string BodyHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        Article = await db.Articles
            .Include(a => a.Paragraphs.OrderBy(p => p.Index))
            .Include(a => a.CitedSources.OrderBy(c => c.Position))
            .Include(a => a.RemovedTexts.OrderBy(r => r.Position))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (Article is null)
        {
            return NotFound();
        }

        BodyHtml = renderer.ToHtml(Article.BodyMarkdown);
        return Page();
    }
}
