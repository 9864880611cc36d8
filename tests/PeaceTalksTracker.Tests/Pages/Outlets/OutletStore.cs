using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Outlets;

/// <summary>
/// A small store of three outlets whose figures are easy to work out by hand:
/// <list type="bullet">
/// <item>Alpha News: 11 articles × 4 paragraphs (44); "Moscow" (Russia) in paragraph 0 of each (11); one quote of
/// Dmitry Peskov (Russia) each; no humanitarian paragraph. One article is stored as "Alpha news": the same outlet.</item>
/// <item>Beta Times: 12 articles × 5 paragraphs (60); humanitarian in paragraph 1 of each (12); Moscow in 6 of them;
/// one quote of Volodymyr Zelensky (Ukraine) each.</item>
/// <item>Gamma Post: 3 articles × 2 paragraphs: too few to compare.</item>
/// <item>Left out of every figure: a flagged Alpha page and a near-duplicate of a Beta article, both full of Moscow and
/// humanitarian paragraphs; and one article without an outlet.</item>
/// </list>
/// Alpha's "alpha-grain" and Beta's "beta-grain" tell the same story a day apart; "alpha-far" and "beta-far" tell another
/// 19 days apart; "alpha-undated" and "beta-undated" a third, without dates.
/// </summary>
public static class OutletStore
{
    public static readonly string[] GrainStory =
    [
        "Grain corridor talks in Istanbul ended with insurers promising cover for cargo ships leaving Odesa harbour.",
        "Shipping brokers said freight rates for wheat and sunflower oil cargoes would fall once the convoy schedule is published.",
        "Port authorities in Odesa prepared berths for thirty bulk carriers, and Turkish inspectors will check every hold.",
    ];

    public static readonly string[] FarStory =
    [
        "Prisoner exchange lists were swapped at the Belarus border crossing after weeks of haggling over names.",
        "Families of captured marines waited at the checkpoint with photographs, hoping relatives appear among those released.",
        "Red Cross delegates verified identities before buses crossed, and medical teams treated the wounded on arrival.",
    ];

    public static readonly string[] UndatedStory =
    [
        "Energy grid repairs across Kharkiv restored heating to apartment blocks after drone strikes on substations.",
        "Engineers rerouted transformers overnight, while schools moved lessons online until power returns reliably.",
        "Utility managers warned that spare parts for high voltage equipment are running short before winter frosts.",
    ];

    public static async Task<(PeaceTalksApp App, HttpClient Client)> StartAsync(TempFolder seeds)
    {
        var articles = new List<TestArticle>();
        var moscow = new Dictionary<string, string> { ["Moscow"] = "russia" };

        // Alpha News: Moscow leads every article.
        for (var k = 0; k < 8; k++)
        {
            articles.Add(Alpha($"alpha-{k}", new DateOnly(2025, 1, 6).AddDays(14 * k), Filler("alpha", k, 3)));
        }

        articles.Add(Alpha("alpha-grain", new DateOnly(2025, 6, 10), GrainStory) with { Outlet = "Alpha news" });
        articles.Add(Alpha("alpha-far", new DateOnly(2025, 3, 1), FarStory));
        articles.Add(Alpha("alpha-undated", null, UndatedStory));

        // Beta Times: a humanitarian paragraph in every article, Moscow in six.
        for (var k = 0; k < 9; k++)
        {
            articles.Add(Beta($"beta-{k}", new DateOnly(2025, 1, 13).AddDays(14 * k), k < 6, Filler("beta", k, 3)));
        }

        articles.Add(Beta("beta-grain", new DateOnly(2025, 6, 11), false, GrainStory));
        articles.Add(Beta("beta-far", new DateOnly(2025, 3, 20), false, FarStory));
        articles.Add(Beta("beta-undated", null, false, UndatedStory));

        for (var k = 0; k < 3; k++)
        {
            articles.Add(new TestArticle($"gamma-{k}", $"Gamma report {k}", [.. Filler("gamma", k, 2)])
            {
                Outlet = "Gamma Post", PublishedOn = new DateOnly(2025, 2, 3).AddDays(20 * k),
            });
        }

        articles.Add(new TestArticle("no-outlet", "A page without an outlet", "Moscow spoke.", "Moscow spoke again.") { Aliases = moscow });
        string[] everywhere = ["Moscow one.", "Moscow two.", "Moscow three.", "Moscow four."];
        articles.Add(new TestArticle("alpha-flagged", "Subscribe to keep reading", everywhere)
        {
            Outlet = "Alpha News", PublishedOn = new DateOnly(2025, 5, 20), Aliases = moscow,
            Themes = [(0, "humanitarian", "aid"), (1, "humanitarian", "aid"), (2, "humanitarian", "aid"), (3, "humanitarian", "aid")],
        });
        articles.Add(new TestArticle("beta-copy", "Grain corridor reopens (republished)", [.. everywhere, "Moscow five."])
        {
            Outlet = "Beta Times", PublishedOn = new DateOnly(2025, 6, 12), Aliases = moscow,
            Themes = [(0, "humanitarian", "aid"), (1, "humanitarian", "aid")],
        });

        var (app, client) = await BrowseStore.StartAsync(seeds, [.. articles]);
        await using var db = app.CreateDbContext();
        await db.Articles.Where(a => a.Slug == "alpha-flagged")
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.QualityFlag, "paywall").SetProperty(a => a.QualityReason, "paywall stub: 12 words"));
        var original = await db.Articles.Where(a => a.Slug == "beta-grain").Select(a => a.Id).SingleAsync();
        await db.Articles.Where(a => a.Slug == "beta-copy").ExecuteUpdateAsync(s => s.SetProperty(a => a.DuplicateOfId, original));
        return (app, client);

        TestArticle Alpha(string slug, DateOnly? date, IEnumerable<string> rest) =>
            new(slug, $"Alpha: {slug}", ["Moscow set out its terms for the next round.", .. rest])
            {
                Outlet = "Alpha News", PublishedOn = date, Aliases = moscow,
                Quotes = [(0, "Dmitry Peskov", "russia", "We are open to talks")],
            };

        TestArticle Beta(string slug, DateOnly? date, bool namesMoscow, IEnumerable<string> rest) =>
            new(slug, $"Beta: {slug}", ["Aid convoys reached the front line towns.", "Civilians queued for water as shelling continued.",
                namesMoscow ? "Moscow denied the reports." : "Officials denied the reports.", .. rest])
            {
                Outlet = "Beta Times", PublishedOn = date, Aliases = moscow,
                Themes = [(1, "humanitarian", "civilians|water")],
                Quotes = [(1, "Volodymyr Zelensky", "ukraine", "Our people need water")],
            };
    }

    /// <summary>Paragraphs made of words no other article uses, so unrelated articles are not alike in text.</summary>
    private static IEnumerable<string> Filler(string outlet, int article, int paragraphs) =>
        Enumerable.Range(0, paragraphs).Select(p => string.Join(' ', Enumerable.Range(0, 8).Select(w => Word(outlet, article, p, w))) + ".");

    private static string Word(string outlet, int article, int paragraph, int word) =>
        outlet[..2] + (char)('a' + article) + (char)('a' + paragraph) + (char)('a' + word) + "zor";
}

/// <summary>One app over <see cref="OutletStore"/>, shared by the tests of a class that only read from it.</summary>
public sealed class OutletStoreFixture : IAsyncLifetime
{
    private readonly TempFolder _seeds = new();

    public PeaceTalksApp App { get; private set; } = default!;

    public HttpClient Client { get; private set; } = default!;

    public async Task InitializeAsync() => (App, Client) = await OutletStore.StartAsync(_seeds);

    public Task DisposeAsync()
    {
        Client.Dispose();
        App.Dispose();
        _seeds.Dispose();
        return Task.CompletedTask;
    }
}
