using Microsoft.AspNetCore.Mvc.RazorPages;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Outlets;

namespace PeaceTalksTracker.Pages.Outlets;

/// <summary><c>/outlets</c>: every outlet with its counted articles, dates and a compact profile; <c>?sort=</c> articles, name, first, latest.</summary>
public sealed class IndexModel(OutletStatistics statistics, CodebookProvider codebookProvider) : PageModel
{
    public const int ProfileSize = 3;

    public static readonly IReadOnlyList<(string Key, string Label)> Sorts = [("articles", "Articles"), ("name", "Name"), ("first", "First article"), ("latest", "Latest article")];

    /// <summary>A stakeholder or theme with the share of the outlet's paragraphs it takes.</summary>
    public sealed record TopCode(string Id, string Name, int Paragraphs, double Share);

    public sealed record OutletRow(OutletTotals Outlet, bool TooFew, IReadOnlyList<TopCode> Stakeholders, IReadOnlyList<TopCode> Themes);

    public OutletSnapshot Snapshot { get; private set; } = default!;

    public IReadOnlyList<OutletRow> Rows { get; private set; } = [];

    public string Sort { get; private set; } = "articles";

    public async Task OnGetAsync(string? sort, CancellationToken cancellationToken)
    {
        Sort = Sorts.Any(s => s.Key == sort) ? sort! : "articles";
        Snapshot = await statistics.GetAsync(cancellationToken);
        var codebook = codebookProvider.Current;
        var rows = Snapshot.Outlets.Select(o => new OutletRow(o, OutletRules.TooFew(o),
            Top(o.Stakeholders, o.Paragraphs, id => codebook.FindStakeholder(id)?.Name ?? id),
            Top(o.Themes, o.Paragraphs, id => codebook.FindTheme(id)?.Name ?? id)));
        Rows = (Sort switch
        {
            "name" => rows.OrderBy(r => r.Outlet.Name, StringComparer.OrdinalIgnoreCase),
            "first" => rows.OrderBy(r => r.Outlet.First ?? DateOnly.MaxValue).ThenBy(r => r.Outlet.Name, StringComparer.OrdinalIgnoreCase),
            "latest" => rows.OrderByDescending(r => r.Outlet.Last ?? DateOnly.MinValue).ThenBy(r => r.Outlet.Name, StringComparer.OrdinalIgnoreCase),
            _ => rows.OrderByDescending(r => r.Outlet.Articles).ThenBy(r => r.Outlet.Name, StringComparer.OrdinalIgnoreCase),
        }).ToList();
    }

    private static List<TopCode> Top(IReadOnlyDictionary<string, CodeTally> tallies, int paragraphs, Func<string, string> name) =>
        [.. tallies.Where(t => t.Value.Paragraphs > 0)
            .OrderByDescending(t => t.Value.Paragraphs).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(ProfileSize)
            .Select(t => new TopCode(t.Key, name(t.Key), t.Value.Paragraphs, paragraphs == 0 ? 0 : t.Value.Paragraphs / (double)paragraphs))];
}
