using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Analysis;

/// <summary>Who can be the subject of a verb of saying: a person, a pronoun, or a body (ministry, agency, country).</summary>
internal enum CandidateKind
{
    Person,
    Pronoun,
    Body,
}

/// <summary>A possible speaker at text[Start..End): the name as shown, its role as written and the stakeholder it gives.</summary>
internal sealed record SpeakerCandidate(CandidateKind Kind, int Start, int End, string Name, string? Role, string? StakeholderId, bool SingleWord = false)
{
    /// <summary>False when a preposition or a verb comes before it ("met Shmyhal", "with Putin"): an object, not who speaks next.</summary>
    public bool IsSubject { get; init; } = true;

    /// <summary>Where the title before the name starts ("said Slovak Prime Minister Peter Kovac": at "Slovak"); the name's start without one.</summary>
    public int RoleStart { get; init; } = Start;
}

/// <summary>
/// Finds the possible speakers of a paragraph outside its quotations: the codebook's people, full names it does not know
/// ("Cyril Ramaphosa", "Wyoming Sen. John Barrasso"), pronouns, and bodies (the codebook's institutions and countries,
/// named organisations such as "the Hague Centre for Strategic Studies"). A title before a name is its role
/// ("Polish Foreign Minister"), and a country adjective or possessive in the role gives the stakeholder.
/// </summary>
internal static partial class SpeakerCandidates
{
    public static List<SpeakerCandidate> Find(string text, IReadOnlyList<FoundMention> mentions, IReadOnlyList<(int Start, int End)> quotes)
    {
        var candidates = new List<SpeakerCandidate>();
        bool Outside(int start, int end) => !quotes.Any(q => start < q.End && end > q.Start);
        bool Free(int start, int end) => !mentions.Any(m => start < m.Start + m.Length && end > m.Start);

        foreach (var mention in mentions)
        {
            var end = mention.Start + mention.Length;
            if (!Outside(mention.Start, end))
            {
                continue;
            }

            if (mention.Person is { } person)
            {
                var (role, roleStakeholder, roleStart) = RoleBefore(text, mention.Start, mentions);
                candidates.Add(new SpeakerCandidate(CandidateKind.Person, mention.Start, end, person.Name, role, roleStakeholder ?? mention.StakeholderId)
                {
                    IsSubject = !AfterObjectMarker(text, roleStart),
                    RoleStart = roleStart,
                });
            }
            else if (mention.Kind != MentionKind.Adjective)
            {
                candidates.Add(new SpeakerCandidate(CandidateKind.Body, mention.Start, end, WithoutPossessive(mention.Text), null, mention.StakeholderId));
            }
        }

        // Enumerated, not collected: every paragraph of every import comes through here, and a Match object per
        // capitalised word was most of what tagging allocated.
        foreach (var run in CapitalisedRun().EnumerateMatches(text))
        {
            if (!Outside(run.Index, run.Index + run.Length))
            {
                continue;
            }

            AddUnknown(text, run.Index, run.Index + run.Length, mentions, candidates, Free);
        }

        foreach (var pronoun in PronounPattern().EnumerateMatches(text))
        {
            if (Outside(pronoun.Index, pronoun.Index + pronoun.Length))
            {
                candidates.Add(new SpeakerCandidate(CandidateKind.Pronoun, pronoun.Index, pronoun.Index + pronoun.Length, text[pronoun.Index] is 'h' or 'H' ? "he" : "she", null, null));
            }
        }

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));

        // Only the first person of a sentence not governed by a preposition or verb is its subject ("Marles met the
        // prime minister, Denys Shmyhal, and Lt Gen Ivan Havryliuk": Marles).
        var subjectEnd = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            // A lone capitalised word ("During") is a name only beside a verb of saying; it is nobody's subject here.
            var c = candidates[i];
            if (c.Kind != CandidateKind.Person || c.SingleWord)
            {
                continue;
            }

            var sameSentence = subjectEnd >= 0 && !SentenceBreak().IsMatch(text.AsSpan(subjectEnd, Math.Max(0, c.Start - subjectEnd)));
            if (c.IsSubject && sameSentence)
            {
                candidates[i] = c with { IsSubject = false };
            }
            else if (c.IsSubject)
            {
                subjectEnd = c.End;
            }
        }

        return candidates;
    }

    private static void AddUnknown(string text, int runStart, int runEnd, IReadOnlyList<FoundMention> mentions, List<SpeakerCandidate> candidates, Func<int, int, bool> free)
    {
        // The run's words as offsets into the text, so that a run naming nobody ("The", "But Moscow") makes no string.
        var words = Words(text, runStart, runEnd);

        // The name is what follows the last title word.
        var first = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var bare = text.AsSpan(words[i].Start, words[i].End - words[i].Start).TrimEnd(".,");
            if (SpeakerWords.Contains(SpeakerWords.RoleWords, bare) || SpeakerWords.Contains(SpeakerWords.NotNames, bare) || SpeakerWords.Contains(SpeakerWords.Months, bare))
            {
                first = i + 1;
            }
        }

        while (first < words.Length && !char.IsUpper(text[words[first].Start]))
        {
            first++;
        }

        var nameWords = words[first..];
        if (nameWords.Length == 0)
        {
            return;
        }

        var start = nameWords[0].Start;
        var end = WithoutPossessive(text, start, nameWords[^1].End);
        if (!free(start, end))
        {
            return;
        }

        foreach (var (wordStart, wordEnd) in nameWords)
        {
            if (SpeakerWords.Contains(SpeakerWords.BodyWords, text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                candidates.Add(new SpeakerCandidate(CandidateKind.Body, start, end, text[start..end], null, null));
                return;
            }
        }

        // "Wim Moret of Banque Paribas": the person is the name before the connector.
        var connector = -1;
        for (var i = 0; i < nameWords.Length && connector < 0; i++)
        {
            if (text.AsSpan(nameWords[i].Start, nameWords[i].End - nameWords[i].Start) is "of" or "for" or "and" or "on")
            {
                connector = i;
            }
        }

        if (connector == 0)
        {
            return;
        }

        if (connector > 0)
        {
            nameWords = nameWords[..connector];
            end = nameWords[^1].End;
        }

        if (nameWords.Length > 4)
        {
            return;
        }

        var (role, stakeholder, roleStart) = RoleBefore(text, start, mentions);
        candidates.Add(new SpeakerCandidate(CandidateKind.Person, start, end, text[start..end], role, stakeholder, SingleWord: nameWords.Length == 1)
        {
            IsSubject = !AfterObjectMarker(text, roleStart),
            RoleStart = roleStart,
        });
    }

    /// <summary>The words (runs of non-space characters) of text[start..end), as offsets.</summary>
    private static (int Start, int End)[] Words(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == start || char.IsWhiteSpace(text[i - 1])))
            {
                count++;
            }
        }

        var words = new (int Start, int End)[count];
        var w = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            words[w++] = (i, wordEnd);
            i = wordEnd;
        }

        return words;
    }

    /// <summary>A name without its possessive or closing punctuation ("Putin’s", "Putin'", "U.S.", "Peskov,"): one ending, once.</summary>
    private static string WithoutPossessive(string name) => name[..WithoutPossessive(name, 0, name.Length)];

    /// <summary>Where the name at text[start..end) ends without its possessive or closing punctuation.</summary>
    private static int WithoutPossessive(string text, int start, int end)
    {
        if (end - start >= 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’')
        {
            return end - 2;
        }

        return end > start && text[end - 1] is '\'' or '’' or '.' or ',' ? end - 1 : end;
    }

    /// <summary>
    /// The stakeholder a person's title gives in this text, when it is not the codebook's: "Estonia’s prime minister,
    /// Kaja Kallas" or "Kaja Kallas, Estonia’s prime minister," speaks for Estonia, whatever post she holds later.
    /// </summary>
    public static string? RoleStakeholder(string text, FoundMention person, IReadOnlyList<FoundMention> mentions)
    {
        var (role, stakeholder, _) = RoleBefore(text, person.Start, mentions);
        if (role is null || stakeholder is null)
        {
            var after = RoleAfterName().Match(text, person.Start + person.Length);
            if (after.Success)
            {
                var head = after.Groups["role"];
                stakeholder = mentions.FirstOrDefault(m => m.Person is null && m.Start >= head.Index && m.Start + m.Length <= head.Index + head.Length)?.StakeholderId;
            }
        }

        return stakeholder == person.StakeholderId ? null : stakeholder;
    }

    /// <summary>
    /// The title or role written just before a name, walking back over title words, country adjectives and possessives
    /// ("Ukraine’s foreign minister, Dmytro Kuleba"; "Turkish Minister of National Defense Hulusi Akar").
    /// </summary>
    public static (string? Role, string? StakeholderId, int RoleStart) RoleBefore(string text, int nameStart, IReadOnlyList<FoundMention> mentions)
    {
        var i = nameStart;
        var roleStart = nameStart;
        string? stakeholder = null;
        var sawTitle = false;
        while (i > 0)
        {
            // A comma may part a title from the name ("Ukraine’s foreign minister, Dmytro Kuleba"), never two parts of a title.
            var j = i;
            while (j > 0 && (text[j - 1] == ' ' || (text[j - 1] == ',' && i == nameStart)))
            {
                j--;
            }

            if (j == i && i != nameStart)
            {
                break;
            }

            var wordStart = j;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not (',' or '(' or '“' or '"'))
            {
                wordStart--;
            }

            if (wordStart == j)
            {
                break;
            }

            var word = text[wordStart..j];
            var bare = WithoutPossessive(word.TrimEnd('.'));
            var mention = mentions.FirstOrDefault(m => m.Person is null && m.Start <= wordStart && m.Start + m.Length >= j);
            if (mention is not null)
            {
                stakeholder ??= mention.StakeholderId;
                wordStart = mention.Start;
            }
            else if (SpeakerWords.RoleWords.Contains(bare))
            {
                sawTitle = true;
            }
            else if (SpeakerWords.Nationalities.Contains(bare))
            {
                // Part of the title, not one on its own: "Dutch Ruben Brekelmans" has no role.
            }
            else if (!(sawTitle && bare is "of" or "for" or "and" && roleStart != nameStart))
            {
                break;
            }

            roleStart = wordStart;
            i = wordStart;
        }

        // A role never opens on a connector: "… Shmyhal, and deputy minister" starts at "deputy".
        while (ConnectorAt(text, roleStart) is var length and > 0)
        {
            roleStart += length;
        }

        if (roleStart >= nameStart || !sawTitle)
        {
            return (null, null, nameStart);
        }

        var role = text[roleStart..nameStart].Trim().TrimEnd(',').Trim();
        return (SpeakerWords.Honorifics.Contains(role.TrimEnd('.')) ? null : role, stakeholder, roleStart);
    }

    private static int ConnectorAt(string text, int position)
    {
        foreach (var connector in (ReadOnlySpan<string>)["of ", "for ", "and "])
        {
            if (text.AsSpan(position).StartsWith(connector, StringComparison.Ordinal))
            {
                return connector.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether the word before position is a preposition, article or verb that makes what follows an object.</summary>
    private static bool AfterObjectMarker(string text, int position)
    {
        var end = position;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && SpeakerWords.ObjectMarkers.Contains(text[start..end]);
    }

    // Capitalised words joined by single spaces, with the particles of names and bodies ("von der", "of", "for", "and").
    [GeneratedRegex(@"\b\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:(?:von|van|der|den|de|da|di|du|la|le|bin|al|of|for|and|on)\s)*\p{Lu}[\p{L}\p{M}'’.-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();

    // ", Estonia’s prime minister," right after a name: the head of the appositive, before "of", "who"…
    [GeneratedRegex(@"\G,\s*(?:the\s+|an?\s+)?(?<role>[^,;:“”""]{2,50}?)(?:\s(?:of|by|on|who|which|for|at)\s[^,;:“”""]{0,60})?,", RegexOptions.CultureInvariant)]
    private static partial Regex RoleAfterName();

    [GeneratedRegex(@"[.!?][”""’]?\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(?:he|she|He|She)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PronounPattern();
}
