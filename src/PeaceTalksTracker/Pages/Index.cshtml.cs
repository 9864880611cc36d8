using Microsoft.AspNetCore.Mvc.RazorPages;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Browse;

namespace PeaceTalksTracker.Pages;

/// <summary><c>/</c>: the articles, filtered by stakeholder, theme, outlet and dates, with facet counts; the URL holds all of it.</summary>
public sealed class IndexModel(ArticleListQuery listQuery, CodebookProvider codebookProvider) : PageModel
{
    public Codebook Codebook => codebookProvider.Current;

    public ArticleListFilter Filter { get; private set; } = new();

    public List<string> Notes { get; } = [];

    public ArticleListQuery.ListPage Result { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = ArticleListFilter.Parse(Request.Query, Codebook, Notes);
        Result = await listQuery.GetPageAsync(Filter, cancellationToken);
        if (Result.Page != Filter.Page)
        {
            Notes.Add($"There is no page {Filter.Page}; showing page {Result.Page}, the last one.");
            Filter = Filter with { Page = Result.Page };
        }

        if (Filter.Sort == ArticleSort.Relevance && !Filter.HasCodes)
        {
            Notes.Add("No stakeholder or theme is chosen, so relevance ranks by coverage of all of them.");
        }
    }

    public string PageUrl(int page) => (Filter with { Page = page }).ToUrl();

    public string ExportUrl(string path) => Filter.ToUrl(path, includePage: false);

    public string StakeholderName(string id) => Codebook.FindStakeholder(id)?.Name ?? id;

    public string ThemeName(string id) => Codebook.FindTheme(id)?.Name ?? id;

    public int StakeholderFacet(string id) => Result.Facets.Stakeholders.GetValueOrDefault(id);

    public int ThemeFacet(string id) => Result.Facets.Themes.GetValueOrDefault(id);

    /// <summary>The theme bar's segments: x offset and width out of 100, shares scaled down when they add up past the whole.</summary>
    public static IReadOnlyList<(string Id, double X, double Width, double Share)> ThemeSegments(IReadOnlyList<ArticleListQuery.ThemeShare> themes)
    {
        var total = themes.Sum(t => Math.Max(0, t.Share));
        var scale = total > 1 ? 1 / total : 1;
        var x = 0.0;
        var segments = new List<(string, double, double, double)>();
        foreach (var theme in themes.Where(t => t.Share > 0))
        {
            var width = theme.Share * scale * 100;
            segments.Add((theme.Id, Math.Round(x, 2), Math.Round(width, 2), theme.Share));
            x += width;
        }

        return segments;
    }
}
