using System.Globalization;

namespace PeaceTalksTracker.Outlets;

/// <summary>How an outlet's share stands against the other side's, in words a reader can check against the counts.</summary>
public enum ShareVerdict
{
    /// <summary>One side has too few articles (or quotes) for a difference to mean anything.</summary>
    TooFew,
    AboutTheSame,
    Above,
    Below,
}

/// <summary>
/// One stakeholder, theme or voice as a share on each side: <see cref="Count"/> of <see cref="Total"/> (paragraphs, or
/// attributed quotes) for the outlet, <see cref="OtherCount"/> of <see cref="OtherTotal"/> for what it is compared with.
/// </summary>
public sealed record ShareMeasure(string CodeId, int Count, int Total, int OtherCount, int OtherTotal, ShareVerdict Verdict)
{
    public double Share => Total == 0 ? 0 : Count / (double)Total;

    public double OtherShare => OtherTotal == 0 ? 0 : OtherCount / (double)OtherTotal;

    /// <summary>The outlet's share minus the other side's, in percentage points.</summary>
    public double DifferencePoints => (Share - OtherShare) * 100;
}

/// <summary>
/// The rules that keep the outlet figures honest, in one place (the README states them): a share always comes with its
/// counts; an outlet with fewer than <see cref="MinArticles"/> counted articles is shown but not compared; a difference
/// under <see cref="NotablePoints"/> percentage points is "about the same"; a blindspot is a stakeholder or theme the
/// other outlets give at least <see cref="BlindspotOtherShare"/> of their paragraphs and this outlet at most
/// <see cref="BlindspotFraction"/> of that share.
/// </summary>
public static class OutletRules
{
    public const int MinArticles = 10;

    /// <summary>Fewer attributed quotes than this on a side and the voices are listed, not compared.</summary>
    public const int MinQuotes = 10;

    public const double NotablePoints = 3.0;

    public const double BlindspotOtherShare = 0.05;

    public const double BlindspotFraction = 0.25;

    public static bool TooFew(OutletTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return totals.Articles < MinArticles;
    }

    public static ShareVerdict Judge(double share, double otherShare, bool comparable)
    {
        if (!comparable)
        {
            return ShareVerdict.TooFew;
        }

        var points = (share - otherShare) * 100;
        return Math.Abs(points) < NotablePoints ? ShareVerdict.AboutTheSame : points > 0 ? ShareVerdict.Above : ShareVerdict.Below;
    }

    public static bool IsBlindspot(ShareMeasure measure, bool comparable)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return comparable && measure.OtherShare >= BlindspotOtherShare && measure.Share <= measure.OtherShare * BlindspotFraction;
    }

    /// <summary>"12.5%" (one decimal: a paragraph share is rarely large, and 0% and 0.4% are different claims).</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>"+4.2 pts", "−1.0 pts", "0.0 pts".</summary>
    public static string Points(double points)
    {
        var rounded = Math.Round(points, 1);
        var text = Math.Abs(rounded).ToString("0.0", CultureInfo.InvariantCulture) + " pts";
        return rounded > 0 ? "+" + text : rounded < 0 ? "−" + text : text;
    }

    public static string Count(int count, string one, string many) => Number(count) + " " + (count == 1 ? one : many);

    public static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
