namespace PeaceTalksTracker.Comparison;

/// <summary>
/// The stakeholder and theme tables of a comparison. Without a focus they are the articles' profiles; with one they
/// count only the focused paragraphs (paragraphs naming a stakeholder, share of the focused words on a theme), so
/// the tables say what the page below them shows.
/// </summary>
internal static class ComparisonTables
{
    public static List<StakeholderRow> StakeholderRows(
        IReadOnlyList<ComparedArticle> articles, IReadOnlyList<IReadOnlyList<ComparedParagraph>> focused, ComparisonFocus focus, IReadOnlyList<string> order)
    {
        var ids = articles.Select((a, k) => (a, k))
            .SelectMany(x => (focus.IsEmpty ? x.a.StakeholderMentions.Where(m => m.Value > 0).Select(m => m.Key) : [])
                .Concat(focused[x.k].SelectMany(p => p.Stakeholders)))
            .Distinct(StringComparer.Ordinal);
        return ids
            .Select(id => new StakeholderRow(id, articles.Select((a, k) => MentionsOf(a, focused[k], focus, id)).ToList()))
            .OrderByDescending(r => r.Mentions.Sum())
            .ThenBy(r => Rank(order, r.Id))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static List<ThemeRow> ThemeRows(
        IReadOnlyList<ComparedArticle> articles, IReadOnlyList<IReadOnlyList<ComparedParagraph>> focused, ComparisonFocus focus, IReadOnlyList<string> order)
    {
        var ids = articles.Select((a, k) => (a, k))
            .SelectMany(x => (focus.IsEmpty ? x.a.ThemeShares.Where(s => s.Value > 0).Select(s => s.Key) : [])
                .Concat(focused[x.k].SelectMany(p => p.Themes)))
            .Distinct(StringComparer.Ordinal);
        return ids
            .Select(id => new ThemeRow(
                id,
                articles.Select((a, k) => ShareOf(a, focused[k], focus, id)).ToList(),
                focused.Select(f => (IReadOnlyList<int>)f.Where(p => p.Themes.Contains(id)).Select(p => p.Index).ToList()).ToList()))
            .OrderByDescending(r => r.Shares.Max())
            .ThenBy(r => Rank(order, r.Id))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static int Rank(IReadOnlyList<string> order, string id)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == id)
            {
                return i;
            }
        }

        return order.Count;
    }

    public static int WordsIn(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    // The profile's count; within a focus, or when the profile is missing, the paragraphs that name the stakeholder.
    private static int MentionsOf(ComparedArticle article, IReadOnlyList<ComparedParagraph> focused, ComparisonFocus focus, string id) =>
        focus.IsEmpty && article.StakeholderMentions.TryGetValue(id, out var mentions)
            ? mentions
            : focused.Count(p => p.Stakeholders.Contains(id));

    private static double ShareOf(ComparedArticle article, IReadOnlyList<ComparedParagraph> focused, ComparisonFocus focus, string id)
    {
        if (focus.IsEmpty && article.ThemeShares.TryGetValue(id, out var share))
        {
            return share;
        }

        var words = focused.Sum(p => WordsIn(p.Text));
        return words == 0 ? 0 : (double)focused.Where(p => p.Themes.Contains(id)).Sum(p => WordsIn(p.Text)) / words;
    }
}
