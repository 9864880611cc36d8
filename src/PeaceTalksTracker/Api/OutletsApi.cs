using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Outlets;

namespace PeaceTalksTracker.Api;

/// <summary><c>/api/outlets</c>: every outlet with its compact profile, one outlet's full profile, and the profiles as CSV.</summary>
public static class OutletsApi
{
    public static IEndpointRouteBuilder MapOutletsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/outlets").WithTags("Outlets");
        group.MapGet("/", ListAsync).WithName("ListOutlets")
            .WithSummary("Every outlet (counted articles only): articles, paragraphs, dates, its most named stakeholders and main themes.");
        group.MapGet("/export.csv", ExportCsvAsync).WithName("ExportOutletProfilesCsv")
            .WithSummary("Every outlet's profile as CSV: one row per outlet and stakeholder, theme or voice, against the other outlets.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        group.MapGet("/{id}", GetAsync).WithName("GetOutlet")
            .WithSummary("One outlet against the other outlets: shares of paragraphs per stakeholder and theme, voices, blindspots, months.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <summary>A stakeholder or theme with the share (0 to 1) of the outlet's paragraphs that carry it.</summary>
    public sealed record TopCodeDto(string Id, string Name, int Paragraphs, double Share);

    public sealed record OutletSummary(
        string Id, string Name, IReadOnlyList<string> Names, int Articles, int Paragraphs, string? First, string? Last, bool TooFewToCompare,
        string Url, IReadOnlyList<TopCodeDto> Stakeholders, IReadOnlyList<TopCodeDto> Themes);

    /// <summary>
    /// <see cref="Count"/> of <see cref="Total"/> for the outlet and <see cref="OtherCount"/> of <see cref="OtherTotal"/> for
    /// the other outlets (paragraphs, or attributed quotes for voices); shares 0 to 1, the difference in percentage points;
    /// verdict <c>above</c>, <c>below</c>, <c>about-the-same</c> or <c>too-few</c>.
    /// </summary>
    public sealed record ShareDto(
        string Id, string Name, int Count, int Total, double Share, int OtherCount, int OtherTotal, double OtherShare, double DifferencePoints,
        string Verdict, bool Blindspot);

    public sealed record MonthDto(string Month, int Articles);

    public sealed record SpeakerDto(string Speaker, string Stakeholder, int Quotes);

    public sealed record OthersDto(int Articles, int Paragraphs, int Quotes);

    public sealed record OutletDetail(
        OutletSummary Outlet, OthersDto Others, IReadOnlyList<ShareDto> Stakeholders, IReadOnlyList<ShareDto> Themes, IReadOnlyList<ShareDto> Voices,
        IReadOnlyList<SpeakerDto> Speakers, IReadOnlyList<MonthDto> Months);

    private static async Task<Ok<List<OutletSummary>>> ListAsync(OutletStatistics statistics, CodebookProvider codebooks, CancellationToken cancellationToken)
    {
        var snapshot = await statistics.GetAsync(cancellationToken);
        return TypedResults.Ok(snapshot.Outlets.Select(o => Summary(o, codebooks.Current)).ToList());
    }

    private static async Task<Results<Ok<OutletDetail>, ProblemHttpResult>> GetAsync(
        string id, OutletStatistics statistics, CodebookProvider codebooks, CancellationToken cancellationToken)
    {
        var snapshot = await statistics.GetAsync(cancellationToken);
        if (snapshot.Find(id) is not { } outlet)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Outlet not found",
                detail: $"No outlet has the id '{id}'. GET /api/outlets lists the ids there are.");
        }

        var codebook = codebooks.Current;
        var profile = OutletProfile.Build(outlet, snapshot.OthersThan(outlet), codebook);
        return TypedResults.Ok(new OutletDetail(
            Summary(outlet, codebook),
            new OthersDto(profile.Other.Articles, profile.Other.Paragraphs, profile.Other.Quotes),
            Shares(profile.Stakeholders, StakeholderName(codebook), profile.StakeholderBlindspots),
            Shares(profile.Themes, ThemeName(codebook), profile.ThemeBlindspots),
            Shares(profile.Voices, StakeholderName(codebook), []),
            [.. outlet.Speakers.Select(s => new SpeakerDto(s.Speaker, s.StakeholderId, s.Quotes))],
            [.. OutletTimeline.Months(outlet).Select(m => new MonthDto(m.Iso, m.Articles))]));
    }

    private static async Task ExportCsvAsync(HttpContext context, OutletStatistics statistics, CodebookProvider codebooks)
    {
        var snapshot = await statistics.GetAsync(context.RequestAborted);
        var codebook = codebooks.Current;
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"outlet-profiles.csv\"";
        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await writer.WriteAsync(Csv.Row([
            "outlet_id", "outlet", "articles", "paragraphs", "first", "last", "measure", "code_id", "code_name",
            "count", "total", "share", "other_count", "other_total", "other_share", "difference_points", "verdict", "blindspot"]));
        foreach (var outlet in snapshot.Outlets)
        {
            var profile = OutletProfile.Build(outlet, snapshot.OthersThan(outlet), codebook);
            var rows = Shares(profile.Stakeholders, StakeholderName(codebook), profile.StakeholderBlindspots).Select(s => ("stakeholder", s))
                .Concat(Shares(profile.Themes, ThemeName(codebook), profile.ThemeBlindspots).Select(s => ("theme", s)))
                .Concat(Shares(profile.Voices, StakeholderName(codebook), []).Select(s => ("voice", s)));
            foreach (var (measure, share) in rows)
            {
                await writer.WriteAsync(Csv.Row([
                    outlet.Id, outlet.Name, Number(outlet.Articles), Number(outlet.Paragraphs), PublicationDate.Iso(outlet.First), PublicationDate.Iso(outlet.Last),
                    measure, share.Id, share.Name, Number(share.Count), Number(share.Total), Fraction(share.Share),
                    Number(share.OtherCount), Number(share.OtherTotal), Fraction(share.OtherShare),
                    share.DifferencePoints.ToString("0.##", CultureInfo.InvariantCulture), share.Verdict, share.Blindspot ? "yes" : "no"]));
            }
        }
    }

    private static OutletSummary Summary(OutletTotals outlet, Codebook codebook) => new(
        outlet.Id, outlet.Name, outlet.Names, outlet.Articles, outlet.Paragraphs, PublicationDate.Iso(outlet.First), PublicationDate.Iso(outlet.Last),
        OutletRules.TooFew(outlet), "/outlets/" + outlet.Id,
        Top(outlet.Stakeholders, outlet.Paragraphs, StakeholderName(codebook)),
        Top(outlet.Themes, outlet.Paragraphs, ThemeName(codebook)));

    private static List<TopCodeDto> Top(IReadOnlyDictionary<string, CodeTally> tallies, int paragraphs, Func<string, string> name) =>
        [.. tallies.Where(t => t.Value.Paragraphs > 0)
            .OrderByDescending(t => t.Value.Paragraphs).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(t => new TopCodeDto(t.Key, name(t.Key), t.Value.Paragraphs, Math.Round(paragraphs == 0 ? 0 : t.Value.Paragraphs / (double)paragraphs, 4)))];

    private static List<ShareDto> Shares(IReadOnlyList<ShareMeasure> measures, Func<string, string> name, IReadOnlyList<ShareMeasure> blindspots) =>
        [.. measures.Select(m => new ShareDto(
            m.CodeId, name(m.CodeId), m.Count, m.Total, Math.Round(m.Share, 4), m.OtherCount, m.OtherTotal, Math.Round(m.OtherShare, 4),
            Math.Round(m.DifferencePoints, 2), Verdict(m.Verdict), blindspots.Contains(m)))];

    private static string Verdict(ShareVerdict verdict) => verdict switch
    {
        ShareVerdict.Above => "above",
        ShareVerdict.Below => "below",
        ShareVerdict.AboutTheSame => "about-the-same",
        _ => "too-few",
    };

    private static Func<string, string> StakeholderName(Codebook codebook) => id => codebook.FindStakeholder(id)?.Name ?? id;

    private static Func<string, string> ThemeName(Codebook codebook) => id => codebook.FindTheme(id)?.Name ?? id;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fraction(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
