using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Pages.Compare;

/// <summary>
/// <c>/compare/matrix</c>: how alike each pair of the list filter's articles is (newest 30), each cell linking to the
/// pair's comparison. Takes the list page's filter parameters: stakeholder, theme, outlet, from, to (yyyy-MM-dd).
/// </summary>
public sealed class MatrixModel(SimilarityMatrix matrix, CodebookProvider codebookProvider) : PageModel
{
    public SimilarityMatrixResult? Result { get; private set; }

    public ArticleFilter Filter { get; private set; } = new(null, null, null, null, null);

    public List<string> Notices { get; } = [];

    public Codebook Codebook => codebookProvider.Current;

    public async Task OnGetAsync(string? stakeholder, string? theme, string? outlet, string? from, string? to, CancellationToken cancellationToken)
    {
        Filter = new ArticleFilter(Clean(stakeholder), Clean(theme), Clean(outlet), ParseDate(from, "from"), ParseDate(to, "to"));
        Result = await matrix.BuildAsync(Filter, cancellationToken);
    }

    public string FilterDescription()
    {
        var parts = new List<string>();
        if (Filter.Stakeholder is { } s)
        {
            parts.Add($"mentioning {Codebook.FindStakeholder(s)?.Name ?? s}");
        }

        if (Filter.Theme is { } t)
        {
            parts.Add($"on {Codebook.FindTheme(t)?.Name ?? t}");
        }

        if (Filter.Outlet is { } o)
        {
            parts.Add($"from {o}");
        }

        if (Filter.From is { } f)
        {
            parts.Add($"published on or after {PublicationDate.Iso(f)}");
        }

        if (Filter.To is { } to)
        {
            parts.Add($"published on or before {PublicationDate.Iso(to)}");
        }

        return parts.Count == 0 ? "articles" : "articles " + string.Join(", ", parts);
    }

    /// <summary>
    /// 0 to 9, the heat class of a similarity relative to the most similar pair shown: article similarities are
    /// low in absolute terms (the topic's own words count little), and the question is which pairs stand out.
    /// </summary>
    public static int Heat(double similarity, double highest) =>
        highest <= 0 ? 0 : Math.Clamp((int)Math.Floor(similarity / highest * 9.999), 0, 9);

    /// <summary>The highest similarity between two different articles of the matrix.</summary>
    public static double Highest(double[,] similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        var highest = 0.0;
        for (var i = 0; i < similarity.GetLength(0); i++)
        {
            for (var j = 0; j < similarity.GetLength(1); j++)
            {
                if (i != j)
                {
                    highest = Math.Max(highest, similarity[i, j]);
                }
            }
        }

        return highest;
    }

    public static string Figure(double similarity) => similarity.ToString("0.00", CultureInfo.InvariantCulture);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private DateOnly? ParseDate(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (PublicationDate.TryParseIso(value.Trim(), out var date))
        {
            return date;
        }

        Notices.Add($"“{value}” is not a date like 2025-06-12, so the “{name}” filter is ignored.");
        return null;
    }
}
