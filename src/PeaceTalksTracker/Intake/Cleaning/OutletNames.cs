namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>Writes outlet names the way readers know them ("AL JAZEERA" → "Al Jazeera", "AP NEWS" → "AP News").</summary>
public static class OutletNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["al jazeera"] = "Al Jazeera", ["al jazeera english"] = "Al Jazeera English", ["reuters"] = "Reuters",
        ["ap"] = "AP", ["ap news"] = "AP News", ["associated press"] = "Associated Press", ["the associated press"] = "The Associated Press",
        ["afp"] = "AFP", ["agence france-presse"] = "Agence France-Presse", ["politico"] = "Politico", ["politico europe"] = "Politico Europe",
        ["rand"] = "RAND", ["rand corporation"] = "RAND Corporation", ["foreign affairs"] = "Foreign Affairs", ["foreign policy"] = "Foreign Policy",
        ["bbc"] = "BBC", ["bbc news"] = "BBC News", ["cnn"] = "CNN", ["npr"] = "NPR", ["nbc news"] = "NBC News", ["cbs news"] = "CBS News",
        ["abc news"] = "ABC News", ["fox news"] = "Fox News", ["axios"] = "Axios", ["the hill"] = "The Hill", ["newsweek"] = "Newsweek",
        ["the guardian"] = "The Guardian", ["guardian"] = "The Guardian", ["the new york times"] = "The New York Times",
        ["new york times"] = "The New York Times", ["nyt"] = "The New York Times", ["the washington post"] = "The Washington Post",
        ["washington post"] = "The Washington Post", ["the wall street journal"] = "The Wall Street Journal",
        ["wall street journal"] = "The Wall Street Journal", ["wsj"] = "The Wall Street Journal", ["financial times"] = "Financial Times",
        ["ft"] = "Financial Times", ["bloomberg"] = "Bloomberg", ["the economist"] = "The Economist", ["economist"] = "The Economist",
        ["the atlantic"] = "The Atlantic", ["time"] = "Time", ["euronews"] = "Euronews", ["dw"] = "DW", ["deutsche welle"] = "Deutsche Welle",
        ["kyiv independent"] = "The Kyiv Independent", ["the kyiv independent"] = "The Kyiv Independent", ["kyiv post"] = "Kyiv Post",
        ["ukrainska pravda"] = "Ukrainska Pravda", ["tass"] = "TASS", ["ria novosti"] = "RIA Novosti", ["meduza"] = "Meduza",
        ["rfe/rl"] = "RFE/RL", ["radio free europe"] = "Radio Free Europe", ["the telegraph"] = "The Telegraph",
        ["the independent"] = "The Independent", ["le monde"] = "Le Monde", ["der spiegel"] = "Der Spiegel", ["cfr"] = "CFR",
        ["council on foreign relations"] = "Council on Foreign Relations", ["chatham house"] = "Chatham House", ["isw"] = "ISW",
    };

    public static bool IsKnown(string name) => Known.ContainsKey(name.Trim());

    public static string Normalize(string name)
    {
        var trimmed = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (Known.TryGetValue(trimmed, out var known))
        {
            return known;
        }

        if (!trimmed.Any(char.IsLower) && trimmed.Any(char.IsLetter))
        {
            // An unknown name in capitals: short words are likely acronyms (BBC, NPR), longer ones shouted words.
            return string.Join(' ', trimmed.Split(' ').Select(w => w.Length <= 3 ? w : w[..1] + w[1..].ToLowerInvariant()));
        }

        return trimmed;
    }
}
