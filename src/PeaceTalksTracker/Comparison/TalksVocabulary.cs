using System.Collections.Frozen;

namespace PeaceTalksTracker.Comparison;

/// <summary>
/// The talks' vocabulary of words that mean the same thing ("cede", "give up", "hand over"), read from the data file
/// <c>Comparison/talks-vocabulary.txt</c> (embedded), so two passages that make a point in different words share terms.
/// A word maps to its group's name; a phrase ("give up") is looked up word by word before stop words are dropped.
/// </summary>
public sealed class TalksVocabulary
{
    private const string ResourceName = "PeaceTalksTracker.Comparison.talks-vocabulary.txt";

    private readonly FrozenDictionary<string, string> _words;
    private readonly FrozenDictionary<string, string> _phrases;
    private readonly FrozenSet<string> _phraseStarts;

    private TalksVocabulary(Dictionary<string, string> words, Dictionary<string, string> phrases)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _phrases = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        _phraseStarts = phrases.Keys.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.Ordinal);
        MaxPhraseWords = phrases.Keys.Select(p => p.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _startsBySpan = _phraseStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        _phrasesBySpan = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _startsBySpan;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phrasesBySpan;

    /// <summary>The group of phrases that are left out of the comparison, as stop words are ("in turn").</summary>
    public const string Ignored = "_";

    /// <summary>The vocabulary shipped with the app.</summary>
    public static TalksVocabulary Shipped { get; } = Load();

    public int MaxPhraseWords { get; }

    /// <summary>The group a lower-cased word belongs to, or null.</summary>
    public string? GroupOf(ReadOnlySpan<char> word) => _wordsBySpan.TryGetValue(word, out var group) ? group : null;

    /// <summary>Whether some phrase starts with this lower-cased word (so the words after it are worth looking at).</summary>
    public bool StartsPhrase(ReadOnlySpan<char> word) => _startsBySpan.Contains(word);

    /// <summary>The group of a phrase given as lower-cased words joined by single spaces, or null.</summary>
    public string? GroupOfPhrase(ReadOnlySpan<char> words) => _phrasesBySpan.TryGetValue(words, out var group) ? group : null;

    /// <summary>Reads the vocabulary's text: one group a line, <c>name = word word "a phrase"</c>, # comments.</summary>
    public static TalksVocabulary Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#' || line.IndexOf('=', StringComparison.Ordinal) is not (> 0 and var equals))
            {
                continue;
            }

            var group = line[..equals].Trim().ToLowerInvariant();
            foreach (var entry in Entries(line[(equals + 1)..]))
            {
                var parts = entry.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 1)
                {
                    foreach (var form in Inflections(parts[0]))
                    {
                        words.TryAdd(form, group);
                    }
                }
                else
                {
                    // Only the first word of a phrase inflects ("hands over", "handing over").
                    foreach (var form in Inflections(parts[0]))
                    {
                        phrases.TryAdd(string.Join(' ', parts.Skip(1).Prepend(form)), group);
                    }
                }
            }
        }

        return new TalksVocabulary(words, phrases);
    }

    private static IEnumerable<string> Entries(string list)
    {
        var at = 0;
        while (at < list.Length)
        {
            if (char.IsWhiteSpace(list[at]))
            {
                at++;
            }
            else if (list[at] == '"')
            {
                var end = list.IndexOf('"', at + 1);
                end = end < 0 ? list.Length : end;
                yield return list[(at + 1)..end];
                at = end + 1;
            }
            else
            {
                var end = at;
                while (end < list.Length && !char.IsWhiteSpace(list[end]))
                {
                    end++;
                }

                yield return list[at..end];
                at = end;
            }
        }
    }

    // The regular forms of a word, so the file lists the base form only (surface forms, not stems: stemming would
    // merge "remaining" with "remain", which every article uses).
    internal static IEnumerable<string> Inflections(string word)
    {
        yield return word;
        if (word.Contains('-', StringComparison.Ordinal))
        {
            yield break;
        }

        var stem = word.EndsWith('e') ? word[..^1] : word;
        yield return word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) ? word + "es" : word + "s";
        yield return stem + "ed";
        yield return stem + "ing";
        if (word.EndsWith('y') && word.Length > 2 && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            yield return word[..^1] + "ies";
            yield return word[..^1] + "ied";
        }

        // One consonant after one vowel doubles before -ed/-ing ("swap", "swapped"; "win", "winning").
        if (word.Length >= 3 && !"aeiouwxy".Contains(word[^1], StringComparison.Ordinal)
            && "aeiou".Contains(word[^2], StringComparison.Ordinal) && !"aeiou".Contains(word[^3], StringComparison.Ordinal))
        {
            yield return word + word[^1] + "ed";
            yield return word + word[^1] + "ing";
        }
    }

    private static TalksVocabulary Load()
    {
        using var stream = typeof(TalksVocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded talks vocabulary {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
