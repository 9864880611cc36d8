namespace PeaceTalksTracker.Analysis;

/// <summary>Ids and names only, until the codebook file loader lands (the analysis work replaces this).</summary>
internal static class DefaultCodebook
{
    public static Codebook Create() => new()
    {
        Stakeholders =
        [
            new() { Id = "ukraine", Name = "Ukraine", Color = "#1f6fd1" },
            new() { Id = "russia", Name = "Russia", Color = "#c62828" },
            new() { Id = "united-states", Name = "United States", Color = "#6a3fb5" },
            new() { Id = "european-union", Name = "European Union", Color = "#00838f" },
            new() { Id = "nato", Name = "NATO", Color = "#2e7d32" },
            new() { Id = "united-nations", Name = "United Nations", Color = "#0277bd" },
            new() { Id = "turkey", Name = "Turkey", Color = "#d84315" },
            new() { Id = "china", Name = "China", Color = "#ad1457" },
            new() { Id = "united-kingdom", Name = "United Kingdom", Color = "#4e342e" },
            new() { Id = "canada", Name = "Canada", Color = "#b71c1c" },
            new() { Id = "australia", Name = "Australia", Color = "#f9a825" },
        ],
        Themes =
        [
            new() { Id = "territory", Name = "Territory and sovereignty" },
            new() { Id = "security-guarantees", Name = "Security guarantees and alliances" },
            new() { Id = "humanitarian", Name = "Humanitarian issues" },
            new() { Id = "domestic-politics", Name = "Domestic politics" },
            new() { Id = "economy-sanctions", Name = "Economy, aid and sanctions" },
            new() { Id = "trust", Name = "Trust and mistrust" },
            new() { Id = "mediation", Name = "Negotiation process" },
            new() { Id = "battlefield", Name = "Military situation" },
            new() { Id = "international-order", Name = "International order and norms" },
            new() { Id = "outlook", Name = "Outlook and scenarios" },
        ],
        Hash = "default",
    };
}
