using PeaceTalksTracker.Outlets;

namespace PeaceTalksTracker.Pages.Outlets;

/// <summary>What <c>_Shares.cshtml</c> draws: one side's shares against another's, a row per stakeholder, theme or voice.</summary>
public sealed record ShareTable(
    string Id,
    string Caption,
    string Kind,
    string Unit,
    string ThisLabel,
    string OtherLabel,
    IReadOnlyList<ShareMeasure> Measures,
    Func<string, string> Name,
    Func<string, string?>? Detail = null)
{
    /// <summary>The widest share in the table, so the bars of one table share a scale.</summary>
    public double Widest => Measures.Count == 0 ? 0 : Measures.Max(m => Math.Max(m.Share, m.OtherShare));

    /// <summary>Bar length on a 0–100 scale relative to <see cref="Widest"/>, at least a sliver when the share is not zero.</summary>
    public string BarWidth(double share) =>
        (Widest <= 0 || share <= 0 ? 0 : Math.Max(1, Math.Round(share / Widest * 100, 1))).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string VerdictText(ShareVerdict verdict) => verdict switch
    {
        ShareVerdict.Above => "above",
        ShareVerdict.Below => "below",
        ShareVerdict.AboutTheSame => "about the same",
        _ => "too few to compare",
    };
}
