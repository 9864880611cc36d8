using System.Text.RegularExpressions;

namespace PeaceTalksTracker.Analysis;

// What the finder remembers from one paragraph to the next, and how it reads quote marks and sentences.
public sealed partial class QuoteFinder
{
    /// <summary>The paragraph's possible speakers; a surname alone is the full name met earlier in the article.</summary>
    private List<SpeakerCandidate> RememberPeople(string text, IReadOnlyList<FoundMention> mentions, List<(int Start, int End)> spans)
    {
        var candidates = SpeakerCandidates.Find(text, mentions, spans);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Kind != CandidateKind.Person)
            {
                continue;
            }

            var surname = c.Name.Split(' ')[^1];
            if (c.SingleWord && _namedPeople.TryGetValue(surname, out var known))
            {
                candidates[i] = known with { Start = c.Start, End = c.End, IsSubject = c.IsSubject };
            }
            else if (!c.SingleWord)
            {
                // A later mention without the title keeps the role given when the person was introduced.
                _namedPeople[surname] = _namedPeople.TryGetValue(surname, out var earlier) && earlier.Name == c.Name && c.Role is null ? earlier : c;
            }
        }

        return candidates;
    }

    /// <summary>After a paragraph: who was last named, and last named as a subject, for the pronouns of the next ones.</summary>
    private void RememberLastNamed(List<SpeakerCandidate> candidates)
    {
        if (candidates.LastOrDefault(c => c.Kind == CandidateKind.Person && !c.SingleWord) is { } lastPerson)
        {
            _lastPerson = new Attribution(lastPerson.Name, lastPerson.StakeholderId, lastPerson.Role, AttributionMethod.Pronoun);
        }

        if (candidates.LastOrDefault(c => c.Kind == CandidateKind.Person && !c.SingleWord && c.IsSubject) is { } lastSubject)
        {
            _lastSubject = new Attribution(lastSubject.Name, lastSubject.StakeholderId, lastSubject.Role, AttributionMethod.Pronoun);
        }
    }

    private Attribution? Resolve(SpeakerCandidate candidate, string? role, string? roleStakeholder, AttributionMethod method)
    {
        if (candidate.Kind == CandidateKind.Pronoun)
        {
            // "he said": a person who is the subject earlier in this paragraph, else the person speaking just before (this
            // paragraph or the two before), else the last person named as a subject, else the last person named at all.
            var speaker = LastPersonBefore(candidate.Start)
                ?? (_lastSpeaker is not null && _paragraph - _lastSpeakerParagraph <= 2 ? _lastSpeaker : null)
                ?? _lastSubject ?? _lastPerson;
            return speaker is null ? null : speaker with { Method = AttributionMethod.Pronoun };
        }

        // A role's country outranks the codebook: the person may speak for another side in this article's time. Once
        // placed, a person keeps that stakeholder for the rest of the article ("Sen. John Barrasso" after "the top Republican").
        var stakeholder = roleStakeholder ?? candidate.StakeholderId;
        if (candidate.Kind == CandidateKind.Person)
        {
            if (stakeholder is null)
            {
                _stakeholderOf.TryGetValue(candidate.Name, out stakeholder);
            }
            else if (roleStakeholder is not null || !_stakeholderOf.ContainsKey(candidate.Name))
            {
                _stakeholderOf[candidate.Name] = stakeholder;
            }
        }

        return new Attribution(candidate.Name, stakeholder, role ?? candidate.Role, method) { IsPerson = candidate.Kind == CandidateKind.Person };
    }

    private Attribution? LastPersonBefore(int position)
    {
        var person = _currentCandidates.LastOrDefault(c => c.Kind == CandidateKind.Person && !c.SingleWord && c.IsSubject && c.End <= position);
        return person is null ? null : new Attribution(person.Name, person.StakeholderId, person.Role, AttributionMethod.Pronoun);
    }

    private void Said(Attribution attribution)
    {
        // An unresolved "he" is no one to continue with, and a body ("the ministry said") does not speak a whole next paragraph.
        if (attribution.Name is "he" or "she" || !attribution.IsPerson)
        {
            return;
        }

        _lastSpeaker = attribution;
        _lastSpeakerParagraph = _paragraph;
    }

    /// <summary>"Putin, Zelensky told me, has…": reported speech after the last quote makes its sayer the one speaking.</summary>
    private void RememberReportedSpeech(string text, List<(int Start, int End)> spans, List<SpeakerCandidate> candidates, int after)
    {
        for (var verb = SaidVerb().Match(text, Math.Max(0, after)); verb.Success; verb = verb.NextMatch())
        {
            if (spans.Any(s => verb.Index > s.Start && verb.Index < s.End))
            {
                continue;
            }

            var subject = ImmediateSubject(text, candidates, 0, verb.Index) ?? Inverted(text, candidates, verb, text.Length);
            if (subject is not null && candidates.Any(c => c.Kind == CandidateKind.Person && c.Name == subject.Name))
            {
                Said(subject);
            }
        }
    }

    private static bool SentenceHasNoSayer(string text, List<(int Start, int End)> spans, int k)
    {
        var (_, sentenceEnd) = Sentence(text, spans[k].Start, spans[k].End);
        var from = Math.Min(spans[k].End + 1, text.Length);
        var outside = text[from..Math.Max(from, Math.Min(sentenceEnd, k + 1 < spans.Count ? spans[k + 1].Start : text.Length))];
        return !SaidVerb().IsMatch(outside) && !AccordingToPattern().IsMatch(outside);
    }

    /// <summary>Whether only quotations, spaces and sentence marks lie between the previous quote and quote k.</summary>
    private static bool OnlyQuotesBetween(string text, List<(int Start, int End)> spans, int k) =>
        k > 0 && text.AsSpan(spans[k - 1].End + 1, Math.Max(0, spans[k].Start - spans[k - 1].End - 1)).Trim().Trim(".,;:!?…").Length == 0;

    /// <summary>Pairs of opening and closing quote marks: “…” or "…" (straight quotes pair in order).</summary>
    private static List<(int Start, int End)> QuoteSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        var open = -1;
        var openChar = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (c is '“' or '"' or '„')
                {
                    open = i;
                    openChar = c;
                }
            }
            else if ((openChar == '"' && c is '"' or '″') || (openChar != '"' && c == '”')
                || (openChar != '"' && c == '"' && text.IndexOf('”', i) < 0))
            {
                // A curly quote closed by a straight one (“…") counts when no curly close follows.
                spans.Add((open, i));
                open = -1;
            }
            else if (openChar != '"' && c == '“')
            {
                // An unclosed curly quote: start again from the new one.
                open = i;
            }
        }

        // A quotation that runs on into the next paragraph has no closing mark here: it ends with the paragraph.
        if (open >= 0 && openChar != '"' && text.Length - open > 40)
        {
            spans.Add((open, text.Length));
        }

        return spans;
    }

    /// <summary>The sentence around a quote: from the previous sentence end outside the quote to the next one.</summary>
    private static (int Start, int End) Sentence(string text, int quoteStart, int quoteEnd)
    {
        var start = quoteStart;
        while (start > 0 && !IsSentenceEnd(text, start - 1))
        {
            start--;
        }

        var end = quoteEnd + 1;
        while (end < text.Length && !IsSentenceEnd(text, end))
        {
            end++;
        }

        return (start, Math.Min(end + 1, text.Length));
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?') || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
        {
            return false;
        }

        // "U.S." and "Mr." do not end a sentence: a dot inside the word or a short title means an abbreviation.
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, i - wordStart);
        return !(text[i] == '.' && (word.Contains('.') || word is "Mr" or "Mrs" or "Ms" or "Dr" or "Sen" or "Gen" or "St" or "Rep" or "Lt" or "Col" or "Prof"));
    }

    // Verbs of saying, lower case only: "States" in "United States" is a name, not a verb.
    [GeneratedRegex(@"\b(?:said|says|say|saying|told|tells|telling|added|adds|adding|warned|warns|warning|insisted|insists|insisting|argued|argues|arguing|wrote|writes|writing|noted|notes|noting|stressed|stresses|stressing|stated|declared|declares|explained|explains|asked|asks|replied|replies|commented|comments|claimed|claims|claiming|called|calls|calling|described|describes|describing|urged|urges|urging|announced|announces|recalled|acknowledged|admitted|remarked|posted|tweeted|suggested|concluded|observed|vowed|pledged|promised|responded|answered|countered|cautioned|predicted|emphasised|emphasized|quipped|conceded|complained|boasted|lamented|accused|accusing|insisted|reiterated|confirmed|denied|expressed|voiced)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SaidVerb();

    [GeneratedRegex(@"\b[Aa]ccording to\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToPattern();

    // Between a subject and its verb: nothing, or auxiliaries and adverbs ("has also said", "later told").
    [GeneratedRegex(@"^[\s’'s]*,?\s*(?:(?:has|have|had|also|then|later|again|previously|once|reportedly|repeatedly|recently|himself|herself|themselves|itself|would|will|could|[a-z]+ly)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainGap();

    // ", the Russian defence minister, said": an appositive set off by commas, then the verb.
    [GeneratedRegex(@"\G\s*,[^,;:“”""()]{2,120}(?:\([^()]{1,40}\))?[^,;:“”""]{0,40},\s*(?:(?:has|have|had|also|then|later|again|[a-z]+ly)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveGap();

    [GeneratedRegex(@"\G\s*,\s*(?:the\s+|an?\s+)?(?<role>[^,;:“”""]{2,120}?)\s*(?:,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveAfterName();

    // After an inverted verb: "said Jon Alterman", "says the ministry".
    [GeneratedRegex(@"^\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex InvertedGap();
}
