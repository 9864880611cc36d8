using System.Globalization;
using System.Text;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Search;

/// <summary>
/// Parses the reader's query language: words (all must match), "exact phrases", prefix*, OR, -excluded, and the
/// filters stakeholder:, theme:, outlet:, before:, after:. Never throws: whatever cannot be understood is dropped or
/// corrected, and a note says so. Every search term reaches FTS5 as a quoted string, so no input is FTS5 syntax.
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 500;
    public const int MaxTerms = 16;

    private const string FilterHelp = "Filters are stakeholder:, theme:, outlet:, before: and after:.";

    private enum TokenKind
    {
        Term,
        Or,
        Not,
        Filter,
    }

    private sealed record Token(TokenKind Kind, string Value, bool Negated = false, bool Phrase = false, bool Prefix = false, string? Field = null);

    private sealed record Term(string Value, bool Phrase, bool Prefix);

    public static SearchQuery Parse(string? input, Codebook codebook)
    {
        var notes = new List<string>();
        var text = Clean(input ?? "", notes);
        var tokens = Tokenize(text, notes);

        var stakeholders = new List<string>();
        var themes = new List<string>();
        var outlets = new List<string>();
        DateOnly? before = null;
        DateOnly? after = null;
        var clauses = new List<List<Term>>();
        var excluded = new List<Term>();
        var pendingOr = false;
        var pendingNot = false;
        var termCount = 0;
        var tooMany = false;

        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Filter:
                    if (token.Negated)
                    {
                        notes.Add($"Excluding a filter (-{token.Field}:{token.Value}) is not supported; it was ignored.");
                        break;
                    }

                    ApplyFilter(token.Field!, token.Value, codebook, stakeholders, themes, outlets, ref before, ref after, notes);
                    break;
                case TokenKind.Or:
                    if (clauses.Count == 0 || pendingOr)
                    {
                        notes.Add("OR needs a word on each side (war OR conflict); a stray OR was ignored.");
                    }
                    else
                    {
                        pendingOr = true;
                    }

                    break;
                case TokenKind.Not:
                    pendingNot = true;
                    break;
                default:
                    if (termCount >= MaxTerms)
                    {
                        tooMany = true;
                        break;
                    }

                    termCount++;
                    var term = new Term(token.Value, token.Phrase, token.Prefix);
                    if (token.Negated || pendingNot)
                    {
                        if (pendingOr)
                        {
                            notes.Add("OR cannot join an excluded word; the OR was ignored.");
                            pendingOr = false;
                        }

                        excluded.Add(term);
                    }
                    else if (pendingOr)
                    {
                        clauses[^1].Add(term);
                        pendingOr = false;
                    }
                    else
                    {
                        clauses.Add([term]);
                    }

                    pendingNot = false;
                    break;
            }
        }

        if (pendingOr)
        {
            notes.Add("OR needs a word on each side (war OR conflict); a stray OR was ignored.");
        }

        if (tooMany)
        {
            notes.Add($"Only the first {MaxTerms} search terms were used.");
        }

        if (clauses.Count == 0 && excluded.Count > 0)
        {
            notes.Add($"Excluding words needs at least one word to search for; {string.Join(" ", excluded.Select(t => "-" + Display(t)))} was ignored.");
            excluded.Clear();
        }

        if (before is not null || after is not null)
        {
            notes.Add(UndatedNote);
        }

        return new SearchQuery
        {
            Match = clauses.Count == 0 ? null : BuildMatch(clauses),
            Exclude = excluded.Count == 0 ? null : string.Join(" OR ", excluded.Select(Fts)),
            Text = BuildText(clauses, excluded),
            Stakeholders = stakeholders,
            Themes = themes,
            Outlets = outlets,
            Before = before,
            After = after,
            Notes = notes.Distinct().ToList(),
        };
    }

    /// <summary>Caps the length and removes what no reader means to type: control and format characters, broken surrogates.</summary>
    /// <summary>Said whenever a date filter is used: an article with no date cannot be before or after anything.</summary>
    public const string UndatedNote = "Undated articles have no date to compare, so the date filter leaves them out; remove it to see them too.";

    private static string Clean(string input, List<string> notes)
    {
        if (input.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(input[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            input = input[..cut];
            notes.Add($"Your query was longer than {MaxLength} characters; only the first {MaxLength} were used.");
        }

        var builder = new StringBuilder(input.Length);
        var removed = false;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                builder.Append(c).Append(input[i + 1]);
                i++;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (char.IsSurrogate(c) || category is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                removed |= !char.IsWhiteSpace(c);
                builder.Append(' ');
                continue;
            }

            // Typographic quotes from phones and word processors mean the same as straight ones.
            builder.Append(c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' ? '"' : c);
        }

        if (removed)
        {
            notes.Add("Invisible control characters were removed from your query.");
        }

        return builder.ToString();
    }

    private static List<Token> Tokenize(string text, List<string> notes)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = false;
            while (i < text.Length && text[i] == '-')
            {
                negated = true;
                i++;
            }

            if (i >= text.Length || char.IsWhiteSpace(text[i]))
            {
                notes.Add("A lone '-' was ignored; write -word to exclude a word.");
                continue;
            }

            if (text[i] == '"')
            {
                var phrase = ReadQuoted(text, ref i, notes);
                var prefix = i < text.Length && text[i] == '*';
                if (prefix)
                {
                    i++;
                }

                AddTerm(tokens, phrase, negated, phrase: true, prefix, notes);
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var run = text[start..i];
            var colon = run.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var key = run[..colon].Trim('{', '}').ToLowerInvariant();
                if (key is "stakeholder" or "theme" or "outlet" or "before" or "after")
                {
                    var value = run[(colon + 1)..];
                    if (value.Length == 0 && i < text.Length && text[i] == '"')
                    {
                        value = ReadQuoted(text, ref i, notes);
                    }

                    value = value.Trim();
                    if (value.Length == 0)
                    {
                        notes.Add($"{key}: needs a value, for example {key}:{Example(key)}.");
                    }
                    else
                    {
                        tokens.Add(new Token(TokenKind.Filter, value, negated, Field: key));
                    }

                    continue;
                }

                if (key.Length > 0 && key.All(char.IsLetter))
                {
                    notes.Add($"“{run[..(colon + 1)]}” is not a filter, so its words were searched for. {FilterHelp}");
                    run = run[(colon + 1)..];
                }
            }

            if (run.AsSpan().IndexOfAny('(', ')') >= 0)
            {
                notes.Add("Brackets are not supported: all words must match; use OR between alternatives.");
            }

            foreach (var word in run.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                AddWord(tokens, word, negated, notes);
            }
        }

        return tokens;
    }

    private static void AddWord(List<Token> tokens, string word, bool negated, List<string> notes)
    {
        if (!negated)
        {
            switch (word)
            {
                case "OR":
                    tokens.Add(new Token(TokenKind.Or, word));
                    return;
                case "AND":
                    // All words must match anyway.
                    return;
                case "NOT":
                    tokens.Add(new Token(TokenKind.Not, word));
                    return;
                case "NEAR":
                    notes.Add("NEAR is not supported; all the words were searched for.");
                    return;
            }
        }

        AddTerm(tokens, word.Replace("*", "", StringComparison.Ordinal), negated, phrase: false, word.EndsWith('*'), notes);
    }

    private static string ReadQuoted(string text, ref int i, List<string> notes)
    {
        var start = ++i;
        while (i < text.Length && text[i] != '"')
        {
            i++;
        }

        var value = text[start..i];
        if (i < text.Length)
        {
            i++;
        }
        else
        {
            notes.Add("A quote was not closed; it was closed at the end of your query.");
        }

        return value;
    }

    private static void AddTerm(List<Token> tokens, string value, bool negated, bool phrase, bool prefix, List<string> notes)
    {
        value = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (!value.Any(char.IsLetterOrDigit))
        {
            if (value.Length > 0 || phrase)
            {
                notes.Add($"“{(phrase ? $"\"{value}\"" : value + (prefix ? "*" : ""))}” has no letters or digits to search for; it was ignored.");
            }
            else if (prefix)
            {
                notes.Add("A lone '*' was ignored; write the start of a word before it, like negot*.");
            }

            return;
        }

        if (prefix && value.Count(char.IsLetterOrDigit) < 2)
        {
            notes.Add($"{value}* is too short to search by prefix; {value} was searched as a word.");
            prefix = false;
        }

        tokens.Add(new Token(TokenKind.Term, value, negated, phrase, prefix));
    }

    private static void ApplyFilter(
        string field, string value, Codebook codebook, List<string> stakeholders, List<string> themes, List<string> outlets,
        ref DateOnly? before, ref DateOnly? after, List<string> notes)
    {
        switch (field)
        {
            case "stakeholder":
                var stakeholder = codebook.Stakeholders.FirstOrDefault(s => Same(s.Id, s.Name, value));
                if (stakeholder is null)
                {
                    notes.Add($"There is no stakeholder “{value}”, so that filter was ignored. Known stakeholders: {string.Join(", ", codebook.Stakeholders.Select(s => s.Id))}.");
                }
                else if (!stakeholders.Contains(stakeholder.Id))
                {
                    stakeholders.Add(stakeholder.Id);
                }

                break;
            case "theme":
                var theme = codebook.Themes.FirstOrDefault(t => Same(t.Id, t.Name, value));
                if (theme is null)
                {
                    notes.Add($"There is no theme “{value}”, so that filter was ignored. Known themes: {string.Join(", ", codebook.Themes.Select(t => t.Id))}.");
                }
                else if (!themes.Contains(theme.Id))
                {
                    themes.Add(theme.Id);
                }

                break;
            case "outlet":
                if (!outlets.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    outlets.Add(value);
                }

                break;
            default:
                if (!PublicationDate.TryParseIso(value, out var date))
                {
                    notes.Add($"{field}:{value} is not a date; use YYYY-MM-DD, for example {field}:2025-07-01.");
                }
                else if (field == "before")
                {
                    before = date;
                }
                else
                {
                    after = date;
                }

                break;
        }
    }

    private static bool Same(string id, string name, string value) =>
        string.Equals(id, value, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, value, StringComparison.OrdinalIgnoreCase)
        || string.Equals(id, value.Replace(' ', '-').Replace('_', '-'), StringComparison.OrdinalIgnoreCase);

    private static string Example(string key) => key switch
    {
        "stakeholder" => "russia",
        "theme" => "humanitarian",
        "outlet" => "politico",
        _ => "2025-07-01",
    };

    private static string Fts(Term term) => "\"" + term.Value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (term.Prefix ? "*" : "");

    private static string Display(Term term) => (term.Phrase ? $"\"{term.Value}\"" : term.Value) + (term.Prefix ? "*" : "");

    private static string BuildMatch(List<List<Term>> clauses) =>
        string.Join(" AND ", clauses.Select(group => group.Count == 1
            ? Fts(group[0])
            : "(" + string.Join(" OR ", group.Select(Fts)) + ")"));

    private static string BuildText(List<List<Term>> clauses, List<Term> excluded) =>
        string.Join(' ', clauses.Select(group => string.Join(" OR ", group.Select(Display))).Concat(excluded.Select(t => "-" + Display(t))));
}
