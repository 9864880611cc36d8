using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PeaceTalksTracker.BrowserTests.TestSupport;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.BrowserTests.Journeys;

/// <summary>
/// From an article to its outlet, to the comparison with another outlet, to a story both covered; over a store of two
/// outlets whose grain-corridor stories, a day apart, tell the same thing.
/// </summary>
public sealed class OutletJourneys(BrowserFixture fixture) : BrowserJourney(fixture), IAsyncLifetime
{
    private const string AlphaGrain = "Grain corridor deal reached in Istanbul";
    private const string BetaGrain = "Ships ready to leave Odesa under the grain deal";

    private readonly TempFolder _seeds = new();
    private AppProcess? _app;

    // Each fixture is a real article's length: cleaning flags pages under 80 words as too short, out of every figure.
    public async Task InitializeAsync()
    {
        Write("alpha-grain.md", AlphaGrain, "Alpha News", "2025-06-10",
            "Grain corridor talks in Istanbul ended with insurers promising cover for cargo ships leaving Odesa harbour.",
            "Shipping brokers said freight rates for wheat and sunflower oil cargoes would fall once the convoy schedule is published.",
            "Port authorities in Odesa prepared berths for thirty bulk carriers, and Turkish inspectors will check every hold.",
            "Traders in Geneva expect the first loaded vessels to sail before the end of the month if the guarantees hold.",
            "Farmers in the south hope the deal lifts prices at the silo, after two seasons in which storage ran short and losses mounted.",
            "Diplomats cautioned that any attack on the port could undo the arrangement within days.");
        Write("beta-grain.md", BetaGrain, "Beta Times", "2025-06-11",
            "Insurers promised cover for cargo ships leaving Odesa harbour after grain corridor talks in Istanbul.",
            "Freight rates for wheat and sunflower oil cargoes should fall once the convoy schedule is published, shipping brokers said.",
            "Thirty bulk carriers have berths ready in Odesa, and Turkish inspectors will check every hold.",
            "Grain traders expect the first loaded vessels to sail before the month ends, provided the insurance guarantees hold.",
            "Growers across the south want better silo prices after two seasons of scarce storage and mounting losses on every harvest.",
            "Any strike on the harbour, envoys warned, could unravel the arrangement quickly.");
        Write("alpha-exchange.md", "Prisoners swapped at the border", "Alpha News", "2025-05-02",
            "Prisoner exchange lists were swapped at the Belarus border crossing after weeks of haggling over names.",
            "Red Cross delegates verified identities before buses crossed, and medical teams treated the wounded on arrival.",
            "Families waiting in Chernihiv read the names aloud as each bus arrived, and officials promised a further round within weeks.",
            "Mediators from the Gulf said both sides had agreed to keep a channel open for the remains of fallen soldiers as well.",
            "Lawyers for the families asked for lists of civilians held in detention to be published.");
        Write("beta-grid.md", "Kharkiv restores heating after strikes", "Beta Times", "2025-06-12",
            "Energy grid repairs across Kharkiv restored heating to apartment blocks after drone strikes on substations.",
            "Engineers rerouted transformers overnight, while schools moved lessons online until power returns reliably.",
            "City officials opened heated shelters in metro stations and asked residents to limit their use of electric heaters at night.",
            "Hospitals ran on generators for most of the week, and the regional governor appealed to European partners for spare transformers.",
            "Repair crews said a second wave of strikes would leave whole districts cold for days.");
        _app = await Fixture.StartAppAsync(_seeds.Path);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _seeds.Dispose();
    }

    [Fact]
    public Task From_an_article_to_its_outlet_to_another_outlet_to_a_story_both_covered() => JourneyAsync(async page =>
    {
        await OpenAsync(page, "/");
        await page.GetByRole(AriaRole.Link, new() { Name = AlphaGrain }).ClickAsync();
        await page.Locator(".reading-header").GetByRole(AriaRole.Link, new() { Name = "Alpha News" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/outlets/alpha-news$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alpha News");
        await Assertions.Expect(page.Locator(".outlet-facts .outlet-articles")).ToHaveTextAsync("2 articles");

        await page.GetByLabel("Compare with").SelectOptionAsync(new SelectOptionValue { Value = "beta-times" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/outlets/compare\\?a=alpha-news&b=beta-times$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alpha News and Beta Times");
        var stories = page.Locator(".shared-stories li");
        await Assertions.Expect(stories).ToHaveCountAsync(1);
        await Assertions.Expect(stories).ToContainTextAsync(AlphaGrain);
        await Assertions.Expect(stories).ToContainTextAsync(BetaGrain);

        await stories.GetByRole(AriaRole.Link, new() { Name = "Compare these two" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/compare\\?a=[^&]+&b=[^&]+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Article A" }).GetByRole(AriaRole.Heading)).ToHaveTextAsync(AlphaGrain);
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Article B" }).GetByRole(AriaRole.Heading)).ToHaveTextAsync(BetaGrain);
    }, app: _app);

    [Fact]
    public async Task The_outlet_pages_fit_a_phone_and_have_no_serious_accessibility_violations()
    {
        foreach (var viewport in new[] { Phone, Desktop })
        {
            await JourneyAsync(async page =>
            {
                foreach (var path in new[] { "/outlets", "/outlets/alpha-news", "/outlets/compare?a=alpha-news&b=beta-times" })
                {
                    Assert.Equal(200, (await OpenAsync(page, path)).Status);
                    var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at {viewport.Width} px");
                    var result = await page.RunAxe();
                    var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
                    Assert.True(serious.Count == 0, $"{path} at {viewport.Width} px has accessibility violations:\n" + string.Join('\n', serious.Select(v =>
                        $"- [{v.Impact}] {v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => n.Html)))));
                }
            }, viewport, _app, name: $"Outlet_pages_{viewport.Width}");
        }
    }

    private void Write(string file, string title, string outlet, string date, params string[] paragraphs) =>
        _seeds.File(file, $"---\ntitle: \"{title}\"\noutlet: {outlet}\ndate: {date}\n---\n\n" + string.Join("\n\n", paragraphs) + "\n");
}
