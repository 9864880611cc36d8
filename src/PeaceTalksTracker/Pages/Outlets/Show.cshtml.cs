using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Comparison;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Outlets;

namespace PeaceTalksTracker.Pages.Outlets;

/// <summary>
/// <c>/outlets/{id}</c>: one outlet against the other outlets: its articles over time, the stakeholders and themes it
/// gives space to, whose voices it carries, and its blindspots; every share with its counts.
/// </summary>
public sealed class ShowModel(OutletStatistics statistics, IDbContextFactory<PeaceTalksDbContext> dbFactory, CodebookProvider codebookProvider) : PageModel
{
    public const int LatestCount = 5;

    public OutletProfile Profile { get; private set; } = default!;

    public OutletTotals Outlet => Profile.Outlet;

    public IReadOnlyList<OutletTotals> OtherOutlets { get; private set; } = [];

    public IReadOnlyList<MonthCount> Months { get; private set; } = [];

    public IReadOnlyList<ArticleChoice> Latest { get; private set; } = [];

    public Codebook Codebook => codebookProvider.Current;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var snapshot = await statistics.GetAsync(cancellationToken);
        if (snapshot.Find(id) is not { } outlet)
        {
            return NotFound();
        }

        Profile = OutletProfile.Build(outlet, snapshot.OthersThan(outlet), Codebook);
        OtherOutlets = [.. snapshot.Outlets.Where(o => o.Id != outlet.Id)];
        Months = OutletTimeline.Months(outlet);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One walk of the outlet-and-date index per stored name (one, once names are cleaned), newest first.
        var latest = new List<ArticleChoice>();
        foreach (var name in outlet.Names)
        {
            latest.AddRange(await db.Articles.Counted()
                .Where(a => a.Outlet == name)
                .OrderByDescending(a => a.PublishedOn)
                .Take(LatestCount)
                .Select(a => new ArticleChoice(a.Slug, a.Title, a.Outlet, a.PublishedOn))
                .ToListAsync(cancellationToken));
        }

        Latest = [.. latest.OrderByDescending(a => a.PublishedOn).Take(LatestCount)];
        return Page();
    }

    public string StakeholderName(string id) => Codebook.FindStakeholder(id)?.Name ?? id;

    public string ThemeName(string id) => Codebook.FindTheme(id)?.Name ?? id;

    public string? Speakers(string stakeholderId) =>
        string.Join(", ", Profile.SpeakersFor(stakeholderId).Select(s => $"{s.Speaker} ({s.Quotes})")) is { Length: > 0 } list ? list : null;

    public ShareTable Table(string kind) => kind switch
    {
        "stakeholders" => new ShareTable("stakeholder-shares", $"Paragraphs naming each stakeholder: {Outlet.Name} against the other outlets",
            "stakeholders", "paragraphs", Outlet.Name, "Other outlets", Profile.Stakeholders, StakeholderName),
        "themes" => new ShareTable("theme-shares", $"Paragraphs on each theme: {Outlet.Name} against the other outlets",
            "themes", "paragraphs", Outlet.Name, "Other outlets", Profile.Themes, ThemeName),
        _ => new ShareTable("voice-shares", $"Attributed quotes by the stakeholder speaking: {Outlet.Name} against the other outlets",
            "voices", "attributed quotes", Outlet.Name, "Other outlets", Profile.Voices, StakeholderName, Speakers),
    };
}
