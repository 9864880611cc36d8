using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Browse;

/// <summary>Four small tagged articles whose filters, facets and orders are easy to work out by hand.</summary>
internal static class BrowseCorpus
{
    public static readonly Dictionary<string, string> Aliases = new()
    {
        ["NATO"] = "nato", ["Russia"] = "russia", ["Ukraine"] = "ukraine",
    };

    // Dated newest first: bravo (June), alpha (May), charlie (April), then delta (undated).
    public static readonly TestArticle Alpha = new(
        "alpha", "Istanbul talks edge forward",
        "Talks in Istanbul brought NATO and Russia closer on territory.",
        "## The stakes",
        "Russia wants land; Ukraine wants guarantees.",
        "- Ceasefire first",
        "- Then prisoners")
    {
        PublishedOn = new DateOnly(2025, 5, 10), Outlet = "Politico", Author = "Ann Writer", Aliases = Aliases,
        Themes = [(0, "territory", "territory|land"), (1, "security-guarantees", "guarantees"), (3, "humanitarian", "prisoners")],
        Quotes = [(1, "Vladimir Putin", "russia", "We are ready to talk")],
    };

    public static readonly TestArticle Bravo = new("bravo", "Brussels meeting of allies", "NATO allies met in Brussels to talk.")
    {
        PublishedOn = new DateOnly(2025, 6, 1), Outlet = "Reuters", Aliases = Aliases, Themes = [(0, "mediation", "talk")],
    };

    public static readonly TestArticle Charlie = new("charlie", "Claims in the east", "Russia claims territory in the east.")
    {
        PublishedOn = new DateOnly(2025, 4, 20), Outlet = "Politico", Aliases = Aliases, Themes = [(0, "territory", "territory")],
    };

    public static readonly TestArticle Delta = new("delta", "A nation mourns", "Ukraine mourns its civilians.")
    {
        Aliases = Aliases, Themes = [(0, "humanitarian", "civilians")],
    };

    public static Task<(PeaceTalksApp App, HttpClient Client)> StartAsync(TempFolder seeds) =>
        BrowseStore.StartAsync(seeds, Alpha, Bravo, Charlie, Delta);
}
