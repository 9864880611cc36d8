using System.Globalization;

namespace PeaceTalksTracker.Outlets;

/// <summary>One month of an outlet's timeline.</summary>
public sealed record MonthCount(DateOnly Month, int Articles)
{
    public string Label => Month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public string Iso => Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

/// <summary>Articles per month from an outlet's first dated article to its last, months without any included as zero.</summary>
public static class OutletTimeline
{
    public static IReadOnlyList<MonthCount> Months(OutletTotals outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        if (outlet.First is not { } first || outlet.Last is not { } last)
        {
            return [];
        }

        var months = new List<MonthCount>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            months.Add(new MonthCount(month, outlet.Months.GetValueOrDefault(month.ToString("yyyy-MM", CultureInfo.InvariantCulture))));
        }

        return months;
    }
}
