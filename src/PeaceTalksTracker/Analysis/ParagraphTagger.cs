namespace PeaceTalksTracker.Analysis;

/// <summary>Which list of a stakeholder's terms a mention matched: a body can speak, an adjective cannot.</summary>
public enum MentionKind
{
    Alias,
    Adjective,
    Institution,
    Person,
}

/// <summary>A stakeholder named in a paragraph; <see cref="Person"/> is set when the name is a person's.</summary>
public sealed record FoundMention(string StakeholderId, int Start, int Length, string Text, PersonCode? Person, MentionKind Kind = MentionKind.Alias);

/// <summary>A theme a paragraph is about, with its score and the distinct terms (as written) that evidenced it.</summary>
public sealed record FoundTheme(string ThemeId, double Score, IReadOnlyList<string> Evidence);

public sealed record ParagraphTags(IReadOnlyList<FoundMention> Mentions, IReadOnlyList<FoundTheme> Themes);

/// <summary>
/// A codebook compiled for tagging: every alias in one matcher, every evidence term in another. Built once per
/// codebook and shared by all threads (matching only reads it).
/// </summary>
public sealed class ParagraphTagger
{
    private readonly TermMatcher<StakeholderTerm?> _stakeholders = new();
    private readonly TermMatcher<ThemeTerm?> _evidence = new();
    private readonly IReadOnlyList<ThemeCode> _themes;

    public ParagraphTagger(Codebook codebook)
    {
        Codebook = codebook;
        _themes = codebook.Themes;
        foreach (var stakeholder in codebook.Stakeholders)
        {
            foreach (var alias in stakeholder.Aliases)
            {
                _stakeholders.Add(alias, new StakeholderTerm(stakeholder.Id, null, MentionKind.Alias));
            }

            foreach (var adjective in stakeholder.Adjectives)
            {
                _stakeholders.Add(adjective, new StakeholderTerm(stakeholder.Id, null, MentionKind.Adjective));
            }

            foreach (var institution in stakeholder.Institutions)
            {
                _stakeholders.Add(institution, new StakeholderTerm(stakeholder.Id, null, MentionKind.Institution));
            }

            foreach (var person in stakeholder.People)
            {
                foreach (var alias in person.Aliases.Prepend(person.Name))
                {
                    _stakeholders.Add(alias, new StakeholderTerm(stakeholder.Id, person, MentionKind.Person));
                }
            }
        }

        for (var t = 0; t < _themes.Count; t++)
        {
            foreach (var (term, weight) in _themes[t].Evidence)
            {
                _evidence.Add(term, new ThemeTerm(t, weight));
            }
        }

        // Ignored phrases are matched like any term, so as the longest match they hide the shorter alias inside them.
        foreach (var phrase in codebook.Ignore)
        {
            _stakeholders.Add(phrase, null);
            _evidence.Add(phrase, null);
        }
    }

    public Codebook Codebook { get; }

    public IReadOnlyList<FoundMention> FindMentions(string text)
    {
        var mentions = new List<FoundMention>();
        foreach (var match in _stakeholders.FindAll(text))
        {
            if (match.Values[0] is { } term)
            {
                mentions.Add(new FoundMention(term.StakeholderId, match.Start, match.Length, text.Substring(match.Start, match.Length), term.Person, term.Kind));
            }
        }

        return mentions;
    }

    public IReadOnlyList<FoundTheme> FindThemes(string text)
    {
        var matches = _evidence.FindAll(text);
        if (matches.Count == 0)
        {
            return [];
        }

        // Per theme, each distinct term counts once: repeating one word is not more evidence than saying it once.
        var found = new Dictionary<int, (double Score, List<string> Evidence, HashSet<ThemeTerm> Seen)>();
        foreach (var match in matches)
        {
            foreach (var term in match.Values)
            {
                if (term is null)
                {
                    continue;
                }

                var surface = text.Substring(match.Start, match.Length).ToLowerInvariant().Replace('’', '\'');
                if (!found.TryGetValue(term.Theme, out var theme))
                {
                    theme = (0, [], []);
                }

                if (theme.Seen.Add(term))
                {
                    theme.Score += term.Weight;
                }

                if (!theme.Evidence.Contains(surface))
                {
                    theme.Evidence.Add(surface);
                }

                found[term.Theme] = theme;
            }
        }

        var themes = new List<FoundTheme>();
        foreach (var (index, theme) in found.OrderBy(f => f.Key))
        {
            if (theme.Score >= _themes[index].Threshold)
            {
                themes.Add(new FoundTheme(_themes[index].Id, Math.Round(theme.Score, 2), theme.Evidence));
            }
        }

        return themes;
    }

    public ParagraphTags Tag(string text) => new(FindMentions(text), FindThemes(text));

    private sealed record StakeholderTerm(string StakeholderId, PersonCode? Person, MentionKind Kind);

    // Compared by reference: each codebook term counts once per paragraph, however often it occurs.
    private sealed class ThemeTerm(int theme, double weight)
    {
        public int Theme { get; } = theme;
        public double Weight { get; } = weight;
    }
}
