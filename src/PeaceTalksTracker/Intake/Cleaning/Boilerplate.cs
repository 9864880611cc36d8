using System.Text.RegularExpressions;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// Finds the page furniture that text dumps of web articles drag along: comment-section prompts ("Be the first to
/// comment", "Share your opinion in the comments!") and the text of links that lost their target ("Read more on
/// Russia's position."). Only sentences at the END of a paragraph are taken (or the whole paragraph), because that
/// is where a page puts them; the same words in the middle of reporting are left alone.
/// </summary>
/// <remarks>
/// The plain-text reader calls <see cref="Strip"/> line by line while it reads (see its BodyReader for why); the
/// detection itself knows nothing of formats, so every extractor uses the same rules.
/// </remarks>
public static partial class Boilerplate
{
    private const int MaxPromptWords = 25;
    private const int MaxLinkWords = 12;

    /// <summary>The paragraph without its trailing boilerplate ("" when it was all boilerplate), and what was taken.</summary>
    public static (string Remaining, IReadOnlyList<ParsedRemoval> Removed) Strip(string paragraph)
    {
        var sentences = SplitSentences(paragraph);
        var firstRemoved = sentences.Count;
        while (firstRemoved > 0 && Classify(sentences[firstRemoved - 1].Text(paragraph)) is not null)
        {
            firstRemoved--;
        }

        if (firstRemoved == sentences.Count)
        {
            return (paragraph, []);
        }

        // Sentences of one kind written together ("What do you think? Share your opinion in the comments!") are one
        // removal; an emphasis break (the "* *" of a lost bold run) or a change of kind starts the next one.
        var removed = new List<ParsedRemoval>();
        for (var i = firstRemoved; i < sentences.Count; i++)
        {
            var text = sentences[i].Text(paragraph);
            var kind = Classify(text)!.Value;
            if (i > firstRemoved && removed[^1].Kind == kind && !sentences[i].AfterEmphasisBreak)
            {
                removed[^1] = removed[^1] with { Text = $"{removed[^1].Text} {text}" };
            }
            else
            {
                removed.Add(new ParsedRemoval(kind, text.ToString()));
            }
        }

        var remaining = firstRemoved == 0 ? "" : paragraph[..sentences[firstRemoved].SeparatorStart].TrimEnd();
        return (remaining, removed);
    }

    /// <summary>What kind of boilerplate one sentence (or one short line) is, or null when it is article text.</summary>
    public static RemovedTextKind? Classify(string sentence) => Classify(sentence.AsSpan());

    /// <summary>
    /// The same for a sentence given as a span of its paragraph: every line of every plain-text import is classified,
    /// and a string per sentence was most of what extraction allocated.
    /// </summary>
    private static RemovedTextKind? Classify(ReadOnlySpan<char> sentence)
    {
        var words = 0;
        foreach (var word in sentence.Split(' '))
        {
            words += sentence[word].IsEmpty ? 0 : 1;
        }

        if (words <= MaxPromptWords && CommentPrompt().IsMatch(sentence))
        {
            return RemovedTextKind.CommentPrompt;
        }

        if (words <= MaxLinkWords && OrphanedLink().IsMatch(sentence))
        {
            return RemovedTextKind.OrphanedLink;
        }

        if (AgencySignOff().IsMatch(sentence))
        {
            return RemovedTextKind.Other;
        }

        return null;
    }

    /// <summary>A sentence of a paragraph as offsets: its trimmed text, where the separator before it starts, and whether an emphasis break came first.</summary>
    private readonly record struct Sentence(int Start, int Length, int SeparatorStart, bool AfterEmphasisBreak)
    {
        public ReadOnlySpan<char> Text(string paragraph) => paragraph.AsSpan(Start, Length);
    }

    private static List<Sentence> SplitSentences(string paragraph)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var separatorStart = 0;
        var afterBreak = false;
        foreach (var boundary in SentenceBoundary().EnumerateMatches(paragraph))
        {
            Add(start, boundary.Index);
            separatorStart = boundary.Index;
            afterBreak = paragraph.AsSpan(boundary.Index, boundary.Length).ContainsAny('*', '_');
            start = boundary.Index + boundary.Length;
        }

        Add(start, paragraph.Length);
        return sentences;

        void Add(int from, int to)
        {
            // Trimmed of whitespace, then of the stray * and _ of lost emphasis, then of whitespace again.
            (from, to) = TrimWhere(paragraph, from, to, char.IsWhiteSpace);
            (from, to) = TrimWhere(paragraph, from, to, c => c is '*' or '_');
            (from, to) = TrimWhere(paragraph, from, to, char.IsWhiteSpace);
            if (to > from)
            {
                sentences.Add(new Sentence(from, to - from, separatorStart, afterBreak));
            }
        }
    }

    private static (int From, int To) TrimWhere(string text, int from, int to, Func<char, bool> trim)
    {
        while (from < to && trim(text[from]))
        {
            from++;
        }

        while (to > from && trim(text[to - 1]))
        {
            to--;
        }

        return (from, to);
    }

    // After ., ! or ? (and any closing quote or bracket): whitespace, possibly with the stray * or _ of lost emphasis.
    [GeneratedRegex(@"(?<=[.!?…][""”’')\]]*)[*_]*\s+[*_]*(?=\S)")]
    private static partial Regex SentenceBoundary();

    // Wire copy ends with the agency's name alone on a line ("REUTER").
    [GeneratedRegex(@"^(?:REUTERS?|AP|AFP|UPI|TASS|DPA)$")]
    private static partial Regex AgencySignOff();

    [GeneratedRegex("""
        ^comments?(?:\s*\(\d+\))?:?$
        | ^(?:there\s+(?:are|is)\s+)?no\s+comments\b
        | ^be\s+the\s+first\s+to\s+(?:comment|respond|reply|share|leave|review)\b
        | ^(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)\b
        | \b(?:share|leave|post|drop|add|write|tell\s+us)\b.{0,40}\b(?:comments?|opinions?|thoughts|views)\b.{0,40}\b(?:below|comments?|us)\b
        | \bfollow\s+(?:the|our|this|my)\s+(?:blog|page|channel|newsletter|site)\b
        | \b(?:subscribe\s+to|sign\s+up\s+for)\s+(?:our|the|this)\s+(?:newsletter|blog|channel)\b
        | \bjoin\s+the\s+(?:discussion|conversation)\b
        | \bstart\s+the\s+(?:conversation|discussion)\b
        | ^what\s+do\s+you\s+think(?:\s+about\s+(?:this|it|that))?\s*\?$
        | ^let\s+(?:us|me)\s+know\s+(?:what\s+you\s+think|your\s+thoughts)\b
        | ^(?:log|sign)\s+in\s+to\s+(?:comment|reply)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CommentPrompt();

    [GeneratedRegex("""
        ^(?:read\s+|see\s+|learn\s+|find\s+out\s+|get\s+)?more\s+(?:on|about|from)\s+[^.!?]{1,80}[.!]?$
        | ^(?:related|see\s+also|also\s+read|read\s+also|read\s+more|recommended|related\s+(?:story|stories|article|coverage))\s*(?:[:–—-].*)?$
        | ^(?:click\s+here|read\s+the\s+full\s+(?:story|article)|continue\s+reading)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OrphanedLink();
}
