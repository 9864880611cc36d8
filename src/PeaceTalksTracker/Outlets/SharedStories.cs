using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Comparison;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Outlets;

/// <summary>Two articles, one from each outlet, published close together and alike in text: likely the same story.</summary>
public sealed record SharedStory(ArticleChoice A, ArticleChoice B, int DaysApart, double Similarity);

/// <summary>The shared stories found, and how much was looked at to find them (so "none" can be read for what it is).</summary>
public sealed record SharedStoriesResult(IReadOnlyList<SharedStory> Stories, int ArticlesChecked, int PairsChecked, bool Capped);

/// <summary>
/// Finds the stories two outlets both covered: pairs of counted, dated articles at most <see cref="WindowDays"/> apart
/// whose whole-text similarity (<see cref="ArticleSimilarity"/>, the measure behind /compare/matrix) reaches
/// <see cref="MinSimilarity"/>. The similarity is computed over the newest <see cref="MaxArticlesPerSide"/> articles
/// of each outlet that have a counterpart in the window, so two big outlets cost a bounded amount of work.
/// </summary>
public sealed class SharedStories(IDbContextFactory<PeaceTalksDbContext> dbFactory)
{
    public const int WindowDays = 3;

    /// <summary>
    /// Article similarities are low in absolute terms (the topic's own words are weighted down); 0.2 keeps pairs that
    /// share the story's particular words, which unrelated articles on the talks do not reach on the seed articles.
    /// </summary>
    public const double MinSimilarity = 0.2;

    public const int MaxArticlesPerSide = 60;

    public const int MaxStories = 20;

    private sealed record Candidate(int Id, ArticleChoice? Choice, DateOnly Date);

    public async Task<SharedStoriesResult> FindAsync(OutletTotals a, OutletTotals b, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await db.BeginReadSnapshotAsync(cancellationToken);
        var sideA = await DatedAsync(db, a.Names, cancellationToken);
        var sideB = await DatedAsync(db, b.Names, cancellationToken);

        // Newest first on both sides; keep the articles of A with a B article in the window, then those B articles.
        var daysB = DayNumbers(sideB);
        var withNeighbour = sideA.Where(x => HasNeighbour(daysB, x.Date)).ToList();
        var chosenA = withNeighbour.Take(MaxArticlesPerSide).ToList();
        var daysA = DayNumbers(chosenA);
        var chosenB = sideB.Where(y => HasNeighbour(daysA, y.Date)).Take(MaxArticlesPerSide).ToList();
        var capped = withNeighbour.Count > chosenA.Count || sideB.Count(y => HasNeighbour(daysA, y.Date)) > chosenB.Count;
        if (chosenA.Count == 0 || chosenB.Count == 0)
        {
            return new SharedStoriesResult([], 0, 0, false);
        }

        chosenA = await WithChoicesAsync(db, chosenA, cancellationToken);
        chosenB = await WithChoicesAsync(db, chosenB, cancellationToken);
        var all = chosenA.Concat(chosenB).ToList();
        var ids = all.Select(x => x.Id).ToList();
        var texts = (await db.Paragraphs.Where(p => ids.Contains(p.ArticleId))
                .OrderBy(p => p.ArticleId).ThenBy(p => p.Index)
                .Select(p => new { p.ArticleId, p.Text })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.ArticleId, p => p.Text);
        var similarity = ArticleSimilarity.Matrix(all.Select(x => texts[x.Id]).ToList());

        var stories = new List<SharedStory>();
        var pairs = 0;
        for (var i = 0; i < chosenA.Count; i++)
        {
            for (var j = 0; j < chosenB.Count; j++)
            {
                var days = Math.Abs(chosenA[i].Date.DayNumber - chosenB[j].Date.DayNumber);
                if (days > WindowDays || chosenA[i].Id == chosenB[j].Id)
                {
                    continue;
                }

                pairs++;
                var score = similarity[i, chosenA.Count + j];
                if (score >= MinSimilarity)
                {
                    stories.Add(new SharedStory(chosenA[i].Choice!, chosenB[j].Choice!, days, score));
                }
            }
        }

        return new SharedStoriesResult(
            [.. stories.OrderByDescending(s => s.Similarity).ThenBy(s => s.DaysApart).Take(MaxStories)], all.Count, pairs, capped);
    }

    private static int[] DayNumbers(List<Candidate> side) => [.. side.Select(x => x.Date.DayNumber).Order()];

    /// <summary>Whether a date in <paramref name="sortedDays"/> lies within the window of <paramref name="date"/> (binary search).</summary>
    private static bool HasNeighbour(int[] sortedDays, DateOnly date)
    {
        var at = Array.BinarySearch(sortedDays, date.DayNumber - WindowDays);
        at = at < 0 ? ~at : at;
        return at < sortedDays.Length && sortedDays[at] <= date.DayNumber + WindowDays;
    }

    /// <summary>
    /// The outlet's counted, dated articles, newest first, as (id, date) only: the outlet-and-date index holds both, so
    /// the rows (large, with their text) are not read for the thousands of articles a big outlet has.
    /// </summary>
    private static async Task<List<Candidate>> DatedAsync(PeaceTalksDbContext db, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var rows = new List<(int Id, DateOnly Date)>();
        foreach (var name in names)
        {
            rows.AddRange((await db.Articles.Counted()
                    .Where(x => x.Outlet == name && x.PublishedOn != null)
                    .Select(x => new { x.Id, x.PublishedOn })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.PublishedOn!.Value)));
        }

        return [.. rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => new Candidate(r.Id, null, r.Date))];
    }

    private static async Task<List<Candidate>> WithChoicesAsync(PeaceTalksDbContext db, List<Candidate> candidates, CancellationToken cancellationToken)
    {
        var ids = candidates.Select(c => c.Id).ToList();
        var choices = await db.Articles.Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, Choice = new ArticleChoice(a.Slug, a.Title, a.Outlet, a.PublishedOn) })
            .ToDictionaryAsync(a => a.Id, a => a.Choice, cancellationToken);
        return [.. candidates.Select(c => c with { Choice = choices[c.Id] })];
    }
}
