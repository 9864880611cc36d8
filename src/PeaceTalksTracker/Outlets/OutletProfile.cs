using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Outlets;

/// <summary>
/// One outlet measured against another side (the other outlets, or a second outlet): stakeholders and themes as shares of
/// paragraphs, voices as shares of attributed quotes, and the blindspots, each with the counts behind it.
/// </summary>
public sealed record OutletProfile(
    OutletTotals Outlet,
    OutletTotals Other,
    bool Comparable,
    bool VoicesComparable,
    IReadOnlyList<ShareMeasure> Stakeholders,
    IReadOnlyList<ShareMeasure> Themes,
    IReadOnlyList<ShareMeasure> Voices)
{
    /// <summary>Stakeholders the other side covers substantially and this outlet rarely (<see cref="OutletRules.IsBlindspot"/>).</summary>
    public IReadOnlyList<ShareMeasure> StakeholderBlindspots => [.. Stakeholders.Where(m => OutletRules.IsBlindspot(m, Comparable)).OrderByDescending(m => m.OtherShare)];

    public IReadOnlyList<ShareMeasure> ThemeBlindspots => [.. Themes.Where(m => OutletRules.IsBlindspot(m, Comparable)).OrderByDescending(m => m.OtherShare)];

    public static OutletProfile Build(OutletTotals outlet, OutletTotals other, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(codebook);
        var comparable = !OutletRules.TooFew(outlet) && !OutletRules.TooFew(other);
        var voicesComparable = comparable && outlet.Quotes >= OutletRules.MinQuotes && other.Quotes >= OutletRules.MinQuotes;
        return new OutletProfile(
            outlet, other, comparable, voicesComparable,
            Measure(codebook.Stakeholders.Select(s => s.Id), outlet.Stakeholders, other.Stakeholders, t => t.Paragraphs, outlet.Paragraphs, other.Paragraphs, comparable),
            Measure(codebook.Themes.Select(t => t.Id), outlet.Themes, other.Themes, t => t.Paragraphs, outlet.Paragraphs, other.Paragraphs, comparable),
            Measure(codebook.Stakeholders.Select(s => s.Id), outlet.Voices, other.Voices, q => q, outlet.Quotes, other.Quotes, voicesComparable));
    }

    /// <summary>The outlet's most quoted speakers for one stakeholder.</summary>
    public IReadOnlyList<SpeakerTally> SpeakersFor(string stakeholderId, int take = 3) =>
        [.. Outlet.Speakers.Where(s => s.StakeholderId == stakeholderId).Take(take)];

    private static List<ShareMeasure> Measure<T>(
        IEnumerable<string> codebookOrder, IReadOnlyDictionary<string, T> mine, IReadOnlyDictionary<string, T> theirs, Func<T, int> count,
        int total, int otherTotal, bool comparable)
    {
        // Codebook order breaks ties; ids the codebook no longer has (tags from an older codebook) still show, last.
        var order = codebookOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        return mine.Keys.Union(theirs.Keys, StringComparer.Ordinal)
            .Select(id =>
            {
                var c = mine.TryGetValue(id, out var m) ? count(m) : 0;
                var o = theirs.TryGetValue(id, out var t) ? count(t) : 0;
                var share = total == 0 ? 0 : c / (double)total;
                var otherShare = otherTotal == 0 ? 0 : o / (double)otherTotal;
                return new ShareMeasure(id, c, total, o, otherTotal, OutletRules.Judge(share, otherShare, comparable));
            })
            .Where(m => m.Count > 0 || m.OtherCount > 0)
            .OrderByDescending(m => m.Count).ThenByDescending(m => m.OtherShare).ThenBy(m => order.GetValueOrDefault(m.CodeId, int.MaxValue))
            .ToList();
    }
}
