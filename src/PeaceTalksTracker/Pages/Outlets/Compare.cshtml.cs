using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Outlets;

namespace PeaceTalksTracker.Pages.Outlets;

/// <summary>
/// <c>/outlets/compare?a={id}&amp;b={id}</c>: two outlets side by side with the outlet page's measures (A's shares
/// against B's), each one's blindspots against the other outlets, and the stories both covered.
/// </summary>
public sealed class CompareModel(OutletStatistics statistics, SharedStories sharedStories, CodebookProvider codebookProvider) : PageModel
{
    public IReadOnlyList<OutletTotals> Outlets { get; private set; } = [];

    public OutletTotals? A { get; private set; }

    public OutletTotals? B { get; private set; }

    /// <summary>A measured against B.</summary>
    public OutletProfile? Profile { get; private set; }

    /// <summary>Each side against every other outlet, for its blindspots.</summary>
    public OutletProfile? ProfileA { get; private set; }

    public OutletProfile? ProfileB { get; private set; }

    public SharedStoriesResult? Stories { get; private set; }

    public List<string> Notices { get; } = [];

    public Codebook Codebook => codebookProvider.Current;

    public async Task<IActionResult> OnGetAsync(string? a, string? b, CancellationToken cancellationToken)
    {
        var snapshot = await statistics.GetAsync(cancellationToken);
        Outlets = snapshot.Outlets;
        A = Resolve(snapshot, a, "A");
        B = Resolve(snapshot, b, "B");
        if (A is not null && B is not null && A.Id == B.Id)
        {
            Notices.Add("Choose two different outlets.");
            B = null;
        }

        if (A is null || B is null)
        {
            // Unknown ids are a missing page, as /outlets/{id} would answer; an empty chooser is a page to fill in.
            return Notices.Any(n => n.StartsWith("No outlet", StringComparison.Ordinal)) ? NotFoundPage() : Page();
        }

        Profile = OutletProfile.Build(A, B, Codebook);
        ProfileA = OutletProfile.Build(A, snapshot.OthersThan(A), Codebook);
        ProfileB = OutletProfile.Build(B, snapshot.OthersThan(B), Codebook);
        Stories = await sharedStories.FindAsync(A, B, cancellationToken);
        return Page();
    }

    private PageResult NotFoundPage()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }

    private OutletTotals? Resolve(OutletSnapshot snapshot, string? id, string side)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var found = snapshot.Find(id.Trim()) ?? snapshot.Find(OutletStatistics.IdOf(id));
        if (found is null)
        {
            Notices.Add($"No outlet has the id “{id}” (outlet {side}). Choose one from the list.");
        }

        return found;
    }

    public string StakeholderName(string id) => Codebook.FindStakeholder(id)?.Name ?? id;

    public string ThemeName(string id) => Codebook.FindTheme(id)?.Name ?? id;

    public ShareTable Table(string kind)
    {
        var profile = Profile!;
        string? Speakers(string stakeholderId)
        {
            var text = string.Join(" · ", new[] { A!, B! }
                .Select(o => (o.Name, List: o.Speakers.Where(s => s.StakeholderId == stakeholderId).Take(3).ToList()))
                .Where(x => x.List.Count > 0)
                .Select(x => x.Name + ": " + string.Join(", ", x.List.Select(s => $"{s.Speaker} ({s.Quotes})"))));
            return text.Length > 0 ? text : null;
        }

        return kind switch
        {
            "stakeholders" => new ShareTable("stakeholder-shares", $"Paragraphs naming each stakeholder: {A!.Name} and {B!.Name}",
                "stakeholders", "paragraphs", A.Name, B.Name, profile.Stakeholders, StakeholderName),
            "themes" => new ShareTable("theme-shares", $"Paragraphs on each theme: {A!.Name} and {B!.Name}",
                "themes", "paragraphs", A.Name, B.Name, profile.Themes, ThemeName),
            _ => new ShareTable("voice-shares", $"Attributed quotes by the stakeholder speaking: {A!.Name} and {B!.Name}",
                "voices", "attributed quotes", A.Name, B.Name, profile.Voices, StakeholderName, Speakers),
        };
    }
}
