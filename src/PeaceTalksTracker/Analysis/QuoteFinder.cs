using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Analysis;

/// <summary>
/// A quotation in a paragraph. <see cref="Speaker"/> is null when nobody is named as saying it; a short one with no
/// speaker is a phrase (<see cref="IsPhrase"/>: a scare quote such as “new realities”), shown apart from quotations.
/// </summary>
public sealed record FoundQuote(string? Speaker, string? StakeholderId, string Text, int Start)
{
    public string? Role { get; init; }
    public AttributionMethod Method { get; init; }
    public bool IsPhrase { get; init; }
}

/// <summary>
/// Finds quotations (curly or straight double quotes) and who says them, from the text rather than from a list. One
/// finder reads one article, paragraph by paragraph, because attribution carries over: "he said" means the last person
/// who was speaking, and a paragraph that is all quotation continues the previous speaker. The speaker is the subject
/// of a verb of saying next to the quote, on either side ("…,” Sikorski said; said Sikorski; X told reporters that “…”;
/// X, the foreign minister, said: “…”), or who it is "according to". A quote with no speaker in its sentence takes the
/// one of the quote before it in the same sentence or paragraph.
/// </summary>
public sealed partial class QuoteFinder
{
    /// <summary>A quote of at most this many words with nobody saying it is a phrase, not a quotation.</summary>
    private const int PhraseWords = 4;

    private readonly Dictionary<string, SpeakerCandidate> _namedPeople = new(StringComparer.Ordinal);
    private Attribution? _lastSpeaker;
    private int _lastSpeakerParagraph = -10;
    private Attribution? _lastPerson;
    private Attribution? _lastSubject;
    private int _paragraph = -1;
    private IReadOnlyList<FoundMention> _mentions = [];
    private List<SpeakerCandidate> _currentCandidates = [];

    private readonly Dictionary<string, string> _stakeholderOf = new(StringComparer.Ordinal);

    private sealed record Attribution(string Name, string? StakeholderId, string? Role, AttributionMethod Method)
    {
        public bool IsPerson { get; init; } = true;
    }

    /// <summary>The quotes of one paragraph read on its own (no earlier paragraphs to resolve pronouns against).</summary>
    public static IReadOnlyList<FoundQuote> Find(string text, IReadOnlyList<FoundMention> mentions) => new QuoteFinder().FindNext(text, mentions);

    /// <summary>The quotes of the article's next paragraph, in reading order.</summary>
    public IReadOnlyList<FoundQuote> FindNext(string text, IReadOnlyList<FoundMention> mentions)
    {
        _paragraph++;
        _mentions = mentions;
        var spans = QuoteSpans(text);
        if (spans.Count == 0 && !SaidVerb().IsMatch(text))
        {
            RememberLastNamed(RememberPeople(text, mentions, spans));
            return [];
        }

        var candidates = RememberPeople(text, mentions, spans);
        _currentCandidates = candidates;
        var quotes = new List<FoundQuote>();
        Attribution? previous = null;
        var previousSentenceEnd = -1;
        var lastAttributedEnd = -1;
        for (var k = 0; k < spans.Count; k++)
        {
            var (start, end) = spans[k];
            var inner = text[(start + 1)..Math.Min(end, text.Length)].Trim().TrimEnd(',', ';', ':').Trim();
            if (inner.Length == 0 || !inner.Any(char.IsLetter))
            {
                continue;
            }

            var (sentenceStart, sentenceEnd) = Sentence(text, start, end);
            var before = (Start: Math.Max(sentenceStart, k > 0 ? spans[k - 1].End + 1 : 0), End: start);
            var after = (Start: Math.Min(end + 1, text.Length), End: Math.Min(sentenceEnd, k + 1 < spans.Count ? spans[k + 1].Start : text.Length));
            var attribution = AccordingTo(text, after, candidates) ?? After(text, after, candidates) ?? AccordingTo(text, before, candidates)
                ?? Before(text, before, candidates, sentenceStart);
            if (attribution is null && previous is not null
                && (previousSentenceEnd == sentenceEnd || OnlyQuotesBetween(text, spans, k) || SentenceHasNoSayer(text, spans, k)))
            {
                // "“…,” he said. “…”": a quote with nobody saying it continues the quotation before it.
                attribution = previous with { Method = previous.Method == AttributionMethod.Pronoun ? AttributionMethod.Pronoun : AttributionMethod.Continuation };
            }

            if (attribution is null && k == 0 && text[..start].Trim().Length == 0 && _lastSpeaker is not null && _paragraph - _lastSpeakerParagraph <= 2
                && SentenceHasNoSayer(text, spans, k))
            {
                // A paragraph that opens with a quotation nobody is said to speak continues the last speaker.
                attribution = _lastSpeaker with { Method = AttributionMethod.Continuation };
            }

            var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            quotes.Add(new FoundQuote(attribution?.Name, attribution?.StakeholderId, inner, start + 1)
            {
                Role = attribution?.Role,
                Method = attribution?.Method ?? AttributionMethod.None,
                IsPhrase = attribution is null && words <= PhraseWords,
            });
            if (attribution is not null)
            {
                previous = attribution;
                previousSentenceEnd = sentenceEnd;
                lastAttributedEnd = end;
                Said(attribution);
            }
        }

        RememberReportedSpeech(text, spans, candidates, lastAttributedEnd);
        RememberLastNamed(candidates);
        return quotes;
    }

    private Attribution? After(string text, (int Start, int End) clause, List<SpeakerCandidate> candidates)
    {
        if (clause.End <= clause.Start)
        {
            return null;
        }

        var verb = SaidVerb().Match(text, clause.Start, Math.Min(clause.End, clause.Start + 160) - clause.Start);
        if (!verb.Success)
        {
            return null;
        }

        var subject = ImmediateSubject(text, candidates, clause.Start, verb.Index);
        if (subject is not null)
        {
            return subject;
        }

        // "…,” said Jon Alterman at …": the speaker right after the verb, when nothing but punctuation comes before it.
        return text.AsSpan(clause.Start, verb.Index - clause.Start).Trim().Trim(",.;:!?—–- ").Length == 0
            ? Inverted(text, candidates, verb, clause.End)
            : null;
    }

    private Attribution? Inverted(string text, List<SpeakerCandidate> candidates, Match verb, int limit)
    {
        var afterVerb = verb.Index + verb.Length;
        var inverted = candidates.FirstOrDefault(c => c.Start >= afterVerb && c.Start <= afterVerb + 5 && c.Kind != CandidateKind.Pronoun
            && InvertedGap().IsMatch(text.AsSpan(afterVerb, c.Start - afterVerb)));
        if (inverted is null || verb.Value is "told" or "tells" or "telling" or "called" or "calls" or "urged" or "asked" or "accused")
        {
            return null;
        }

        var (role, stakeholder) = Appositive(text, inverted.End, Math.Min(limit, inverted.End + 120));
        return Resolve(inverted, role, stakeholder, AttributionMethod.SaidVerb);
    }

    private Attribution? Before(string text, (int Start, int End) clause, List<SpeakerCandidate> candidates, int sentenceStart)
    {
        if (clause.End <= clause.Start)
        {
            return null;
        }

        Match? last = null;
        for (var verb = SaidVerb().Match(text, clause.Start, clause.End - clause.Start); verb.Success; verb = verb.NextMatch())
        {
            last = verb;
        }

        if (last is null)
        {
            return null;
        }

        var subject = ImmediateSubject(text, candidates, clause.Start, last.Index);
        if (subject is not null)
        {
            return subject;
        }

        // Failing a subject right before the verb, the nearest person before it in the sentence, then a pronoun; a body
        // speaks only as the verb's own subject ("what Russia calls “new realities”" is a phrase, not Russia's quote).
        var before = candidates.Where(c => c.Start >= Math.Min(sentenceStart, clause.Start) && c.End <= last.Index).ToList();
        var chosen = before.LastOrDefault(c => c.Kind == CandidateKind.Person && !c.SingleWord)
            ?? before.LastOrDefault(c => c.Kind == CandidateKind.Pronoun);
        return chosen is null ? null : Resolve(chosen, null, null, AttributionMethod.SaidVerb);
    }

    private Attribution? AccordingTo(string text, (int Start, int End) clause, List<SpeakerCandidate> candidates)
    {
        if (clause.End <= clause.Start)
        {
            return null;
        }

        var phrase = AccordingToPattern().Match(text, clause.Start, clause.End - clause.Start);
        if (!phrase.Success)
        {
            return null;
        }

        var after = phrase.Index + phrase.Length;
        var who = candidates.FirstOrDefault(c => c.Start >= after && c.Start <= after + 60 && c.Kind != CandidateKind.Pronoun
            && !text.AsSpan(after, c.Start - after).ContainsAny(".;“”\""));
        if (who is null)
        {
            return null;
        }

        var (role, stakeholder) = Appositive(text, who.End, Math.Min(clause.End, who.End + 120));
        return Resolve(who, role, stakeholder, AttributionMethod.AccordingTo);
    }

    /// <summary>The subject directly before a verb of saying: "Peskov said", "he added", "Kallas, Estonia’s prime minister, said".</summary>
    private Attribution? ImmediateSubject(string text, List<SpeakerCandidate> candidates, int from, int verb)
    {
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.End > verb || c.Start < from)
            {
                continue;
            }

            // "Nauseda, said" may drop a comma before the verb; a body or a participle ("…Kyiv, saying") may not.
            var gap = text.AsSpan(c.End, verb - c.End);
            var commaAllowed = c.Kind == CandidateKind.Person && !text.AsSpan(verb).StartsWith("saying") && !IsParticiple(text, verb);
            if (PlainGap().IsMatch(gap) && (commaAllowed || !gap.Contains(',')))
            {
                return Resolve(c, null, null, AttributionMethod.SaidVerb);
            }

            if (AppositiveGap().Match(text, c.End, verb - c.End) is { Success: true } appositive)
            {
                var (role, stakeholder) = Appositive(text, c.End, verb, verbFollows: true);
                return Resolve(c, role, stakeholder, AttributionMethod.SaidVerb);
            }

            if (verb - c.End > 140)
            {
                break;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\s(?:of|by|on|about|at|who|which|that|with|from|for)\s", RegexOptions.CultureInvariant)]
    private static partial Regex RoleTail();

    private static bool IsParticiple(string text, int verb)
    {
        var end = verb;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(verb, end - verb).EndsWith("ing");
    }

    /// <summary>", a co-author of the report," after a name: the role it gives, and the stakeholder a country or body in it names.</summary>
    private (string? Role, string? StakeholderId) Appositive(string text, int nameEnd, int limit, bool verbFollows = false)
    {
        var match = AppositiveAfterName().Match(text, nameEnd, Math.Max(0, limit - nameEnd));
        // Without a verb after it, an appositive must close (a comma, or the sentence's end): "according to Fix, a
        // nuclear scenario could become a" is a new clause, not Fix's role.
        if (!match.Success || (!verbFollows && !match.Value.EndsWith(',') && !match.Value.EndsWith('.')))
        {
            return (null, null);
        }

        // Only the head of the role names whom the speaker serves: "Estonia’s prime minister", "an adviser to the Ukrainian
        // presidency" — not "co-author of a report on Russia’s invasion".
        var role = match.Groups["role"];
        var head = RoleTail().Match(role.Value);
        var roleEnd = role.Index + (head.Success ? head.Index : role.Length);
        var named = _mentions.FirstOrDefault(m => m.Person is null && m.Start >= role.Index && m.Start + m.Length <= roleEnd);
        return (role.Value.Trim().TrimEnd('.', ';'), named?.StakeholderId);
    }
}
