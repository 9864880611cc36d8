namespace PeaceTalksTracker.Comparison;

/// <summary>A run of a passage's text, marked when it is a word the two paired passages share.</summary>
public readonly record struct HighlightedRun(string Text, bool Marked);

/// <summary>Splits a passage into runs so a page can wrap the shared words in &lt;mark&gt; while encoding all text.</summary>
public static class PassageHighlighter
{
    public static List<HighlightedRun> Split(string text, IEnumerable<SharedTerm> shared)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(shared);
        var stems = shared.Select(s => s.Stem).ToHashSet(StringComparer.Ordinal);
        var runs = new List<HighlightedRun>();
        var at = 0;
        foreach (var token in PassageTerms.Tokenize(text))
        {
            if (!stems.Contains(token.Stem) || token.Start < at)
            {
                continue;
            }

            if (token.Start > at)
            {
                runs.Add(new HighlightedRun(text[at..token.Start], false));
            }

            runs.Add(new HighlightedRun(text.Substring(token.Start, token.Length), true));
            at = token.Start + token.Length;
        }

        if (at < text.Length)
        {
            runs.Add(new HighlightedRun(text[at..], false));
        }

        return runs;
    }
}
