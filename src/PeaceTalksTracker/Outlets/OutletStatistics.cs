using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Outlets;

/// <summary>
/// Every outlet's figures at one moment: <see cref="Outlets"/> most articles first, <see cref="Store"/> the sum over
/// all of them, and what is not in any outlet's figures (articles without an outlet; flagged pages and near-duplicates).
/// </summary>
public sealed record OutletSnapshot(IReadOnlyList<OutletTotals> Outlets, OutletTotals Store, int WithoutOutlet, int LeftOut)
{
    public OutletTotals? Find(string id) => Outlets.FirstOrDefault(o => o.Id == id);

    /// <summary>Every other outlet added up: what one outlet is measured against.</summary>
    public OutletTotals OthersThan(OutletTotals outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        return OutletTotals.Without(Store, outlet, "others", "the other outlets");
    }
}

/// <summary>
/// Counts every outlet's coverage in a few grouped queries over the profile tables (articles per day, paragraphs,
/// stakeholder and theme profiles, quotes), each joined to <see cref="CountedArticles.Counted"/>, and keeps the result
/// as a store aggregate: at 100,000 articles the counting reads every profile row, and every outlet page needs it.
/// </summary>
public sealed class OutletStatistics(IDbContextFactory<PeaceTalksDbContext> dbFactory, StoreAggregates aggregates)
{
    /// <summary>
    /// The outlet id of a stored name: the same slug rule as articles, so ids are stable and readable. A name with no
    /// Latin letter or digit ("ТАСС") would slug to the articles' placeholder, so it gets an id from its hash instead.
    /// </summary>
    public static string IdOf(string outletName)
    {
        ArgumentNullException.ThrowIfNull(outletName);
        if (outletName.Normalize(System.Text.NormalizationForm.FormD).Any(char.IsAsciiLetterOrDigit))
        {
            return Slugs.FromTitle(outletName);
        }

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(outletName.Trim().ToUpperInvariant()));
        return "outlet-" + Convert.ToHexStringLower(hash)[..10];
    }

    public async Task<OutletSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await aggregates.GetAsync(db, "outlets", () => ComputeAsync(db, cancellationToken), cancellationToken);
    }

    private static async Task<OutletSnapshot> ComputeAsync(PeaceTalksDbContext db, CancellationToken cancellationToken)
    {
        // One snapshot for every statement, so the counts agree with each other even while an import commits.
        await using var snapshot = await db.BeginReadSnapshotAsync(cancellationToken);
        var counted = db.Articles.Counted().Where(a => a.Outlet != null);
        var days = await counted.GroupBy(a => new { a.Outlet, a.PublishedOn })
            .Select(g => new { Outlet = g.Key.Outlet!, g.Key.PublishedOn, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var paragraphs = await db.Paragraphs.Join(counted, p => p.ArticleId, a => a.Id, (p, a) => a.Outlet!)
            .GroupBy(o => o).Select(g => new { Outlet = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Outlet, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var stakeholders = await db.ArticleStakeholders.Join(counted, s => s.ArticleId, a => a.Id, (s, a) => new { a.Outlet, s.StakeholderId, s.Paragraphs })
            .GroupBy(x => new { x.Outlet, x.StakeholderId })
            .Select(g => new { Outlet = g.Key.Outlet!, Code = g.Key.StakeholderId, Articles = g.Count(), Paragraphs = g.Sum(x => x.Paragraphs) })
            .ToListAsync(cancellationToken);
        var themes = await db.ArticleThemes.Join(counted, t => t.ArticleId, a => a.Id, (t, a) => new { a.Outlet, t.ThemeId, t.Paragraphs })
            .GroupBy(x => new { x.Outlet, x.ThemeId })
            .Select(g => new { Outlet = g.Key.Outlet!, Code = g.Key.ThemeId, Articles = g.Count(), Paragraphs = g.Sum(x => x.Paragraphs) })
            .ToListAsync(cancellationToken);
        var speakers = await db.Quotes.Where(q => q.StakeholderId != null)
            .Join(counted, q => q.ArticleId, a => a.Id, (q, a) => new { a.Outlet, q.StakeholderId, q.Speaker })
            .GroupBy(x => new { x.Outlet, x.StakeholderId, x.Speaker })
            .Select(g => new { Outlet = g.Key.Outlet!, Stakeholder = g.Key.StakeholderId!, g.Key.Speaker, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var withoutOutlet = await db.Articles.Counted().CountAsync(a => a.Outlet == null, cancellationToken);
        var leftOut = await db.Articles.CountAsync(a => a.QualityFlag != null || a.DuplicateOfId != null, cancellationToken);

        // Names that differ only in case or punctuation share a slug, so they are one outlet here.
        var outlets = days.Select(d => d.Outlet).Distinct(StringComparer.Ordinal)
            .GroupBy(IdOf, StringComparer.Ordinal)
            .Select(group =>
            {
                var names = group.ToHashSet(StringComparer.Ordinal);
                var ownDays = days.Where(d => names.Contains(d.Outlet)).ToList();
                var dated = ownDays.Where(d => d.PublishedOn is not null).ToList();
                var mainName = ownDays.GroupBy(d => d.Outlet).OrderByDescending(g => g.Sum(d => d.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                var months = new SortedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var day in dated)
                {
                    var month = day.PublishedOn!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                    months[month] = months.GetValueOrDefault(month) + day.Count;
                }

                return new OutletTotals
                {
                    Id = group.Key,
                    Name = mainName,
                    Names = [.. names.Order(StringComparer.Ordinal)],
                    Articles = ownDays.Sum(d => d.Count),
                    Dated = dated.Sum(d => d.Count),
                    First = dated.Min(d => d.PublishedOn),
                    Last = dated.Max(d => d.PublishedOn),
                    Paragraphs = names.Sum(n => paragraphs.GetValueOrDefault(n)),
                    Months = months,
                    Stakeholders = stakeholders.Where(s => names.Contains(s.Outlet)).GroupBy(s => s.Code)
                        .ToDictionary(g => g.Key, g => new CodeTally(g.Sum(s => s.Articles), g.Sum(s => s.Paragraphs)), StringComparer.Ordinal),
                    Themes = themes.Where(t => names.Contains(t.Outlet)).GroupBy(t => t.Code)
                        .ToDictionary(g => g.Key, g => new CodeTally(g.Sum(t => t.Articles), g.Sum(t => t.Paragraphs)), StringComparer.Ordinal),
                    Voices = speakers.Where(s => names.Contains(s.Outlet)).GroupBy(s => s.Stakeholder)
                        .ToDictionary(g => g.Key, g => g.Sum(s => s.Count), StringComparer.Ordinal),
                    Speakers = speakers.Where(s => names.Contains(s.Outlet) && s.Speaker is not null)
                        .GroupBy(s => (s.Stakeholder, Speaker: s.Speaker!))
                        .Select(g => new SpeakerTally(g.Key.Stakeholder, g.Key.Speaker, g.Sum(s => s.Count)))
                        .OrderByDescending(s => s.Quotes).ThenBy(s => s.Speaker, StringComparer.Ordinal)
                        .ToList(),
                };
            })
            .OrderByDescending(o => o.Articles).ThenBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new OutletSnapshot(outlets, OutletTotals.Sum(outlets, "all", "all outlets"), withoutOutlet, leftOut);
    }
}
