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

    /// <summary>A pair this alike is the same story twice (a copy the store has not linked): shown, not coloured.</summary>
    public const double DuplicateSimilarity = 0.9;

    /// <summary>The colour scale: from the least similar pair shown to the 90th percentile of the pairs that are not duplicates.</summary>
    public readonly record struct HeatScale(double Low, double High);

    /// <summary>
    /// 0 to 9, the heat class of a similarity on the scale: article similarities are low in absolute terms (the
    /// topic's own words count little) and the question is which pairs stand out, so the scale spans the spread of
    /// the cells shown; duplicates are left out of it, or one pair at 1.00 would wash every other cell out.
    /// </summary>
    public static int Heat(double similarity, HeatScale scale) =>
        scale.High <= scale.Low ? 0 : Math.Clamp((int)Math.Floor((similarity - scale.Low) / (scale.High - scale.Low) * 9.999), 0, 9);

    /// <summary>The scale of a matrix, from its cells between two different articles that are not duplicates.</summary>
    public static HeatScale Scale(double[,] similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        var cells = Pairs(similarity).Select(p => p.Similarity).Where(s => s < DuplicateSimilarity).Order().ToList();
        if (cells.Count == 0)
        {
            return new HeatScale(0, 0);
        }

        var high = cells[Math.Min(cells.Count - 1, (int)Math.Ceiling(cells.Count * 0.9) - 1)];
        return new HeatScale(cells[0], Math.Max(high, cells[0] + 0.01));
    }

    /// <summary>Each pair of different articles once (i &lt; j) with its similarity.</summary>
    public static IEnumerable<(int I, int J, double Similarity)> Pairs(double[,] similarity)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        for (var i = 0; i < similarity.GetLength(0); i++)
        {
            for (var j = i + 1; j < similarity.GetLength(1); j++)
            {
                yield return (i, j, similarity[i, j]);
            }
        }
    }

    /// <summary>The most similar pairs that are not duplicates, best first: the matrix as a list, readable on a phone.</summary>
    public static List<(int I, int J, double Similarity)> Closest(double[,] similarity, int count) =>
        Pairs(similarity).Where(p => p.Similarity < DuplicateSimilarity).OrderByDescending(p => p.Similarity).ThenBy(p => p.I).ThenBy(p => p.J).Take(count).ToList();

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
