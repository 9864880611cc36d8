using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Comparison;

/// <summary>
/// One unit the aligner compares: a passage whole, or some of its sentences, with its terms counted. Term ids are the
/// ids of the <see cref="PreparedPassages"/> it belongs to, ascending.
/// </summary>
internal sealed class PreparedUnit
{
    /// <summary>Index of the passage the unit is part of.</summary>
    public required int Passage { get; init; }

    public required TextSpan Span { get; init; }

    /// <summary>The whole passage's text (token positions are positions in it).</summary>
    public required string Text { get; init; }

    /// <summary>The whole of a paragraph that is also compared sentence by sentence.</summary>
    public bool Covering { get; init; }

    /// <summary>Words in the unit (stop words left out).</summary>
    public required int TermCount { get; init; }

    public required int[] Words { get; init; }

    public required int[] WordCounts { get; init; }

    /// <summary>Where each word first occurs, so a shared word can be shown as this passage spells it.</summary>
    public required TextSpan[] FirstAt { get; init; }

    /// <summary>Adjacent-word phrases ("prisoner exchange") by the side's phrase ids, ascending.</summary>
    public required int[] Phrases { get; init; }

    public required int[] PhraseCounts { get; init; }

    /// <summary>The distinct terms inside quotation marks, the topic's words included.</summary>
    public required IReadOnlySet<string> Quoted { get; init; }

    /// <summary>The unit's position among the side's words, or -1.</summary>
    public int IndexOfWord(int word) => Array.BinarySearch(Words, word) is var at and >= 0 ? at : -1;
}

/// <summary>
/// One article's passages cut into the units the aligner compares (a short paragraph whole, a long one also sentence
/// by sentence), each unit's terms counted and interned: the work that depends on one article alone, done once
/// however many articles it is aligned with (<see cref="PassageAligner.Prepare"/>).
/// </summary>
public sealed class PreparedPassages
{
    private PreparedPassages(
        IReadOnlyList<string> passages, List<PreparedUnit> units, string[] terms, double[] termWeights, int[] wordUnits,
        Dictionary<string, int> termIndex, (int First, int Second)[] phrases, int[] phraseUnits, Dictionary<long, int> phraseIndex)
    {
        Passages = passages;
        Units = units;
        Terms = terms;
        TermWeights = termWeights;
        WordUnits = wordUnits;
        TermIndex = termIndex;
        Phrases = phrases;
        PhraseUnits = phraseUnits;
        PhraseIndex = phraseIndex;
    }

    public IReadOnlyList<string> Passages { get; }

    internal List<PreparedUnit> Units { get; }

    /// <summary>The side's distinct terms (stems), by id.</summary>
    internal string[] Terms { get; }

    /// <summary>Each term's highest prior weight here: a word that is a name in one place ("Bucha") is a name wherever it occurs.</summary>
    internal double[] TermWeights { get; }

    /// <summary>How many units use each term (its document frequency within the side).</summary>
    internal int[] WordUnits { get; }

    internal Dictionary<string, int> TermIndex { get; }

    /// <summary>Each phrase as the ids of its two words.</summary>
    internal (int First, int Second)[] Phrases { get; }

    internal int[] PhraseUnits { get; }

    /// <summary>Phrase ids by <see cref="PhraseKey"/> of their words.</summary>
    internal Dictionary<long, int> PhraseIndex { get; }

    internal static long PhraseKey(int first, int second) => ((long)first << 32) | (uint)second;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PreparedPassages Build(
        IReadOnlyList<string> passages, int longPassageWords, int minSentenceWords, int longClauseWords = int.MaxValue, int minClauseWords = 6)
    {
        var builder = new Builder();
        var units = new List<PreparedUnit>();
        for (var p = 0; p < passages.Count; p++)
        {
            var text = passages[p];
            var tokens = PassageTerms.Tokenize(text);
            var ids = builder.Intern(tokens);
            var quoted = Quotations.QuotedSpans(text);
            var spans = SentenceSplitter.Units(text, longPassageWords, minSentenceWords);
            if (spans.Count > 1)
            {
                // The whole of a long paragraph competes with its sentences: some points take a paragraph to make.
                var whole = new TextSpan(spans[0].Start, spans[^1].End - spans[0].Start);
                units.Add(builder.Unit(p, whole, text, tokens, ids, 0, tokens.Count, quoted, covering: true));
            }

            foreach (var span in spans)
            {
                var (first, end) = TokensIn(tokens, span);
                units.Add(builder.Unit(p, span, text, tokens, ids, first, end, quoted, covering: false));
            }

            // A long sentence is also compared clause by clause: a clause that makes the other's point pairs its
            // sentence, so the one-to-one matching still sees sentences.
            foreach (var sentence in spans.Count > 1 ? spans : SentenceSplitter.Sentences(text))
            {
                foreach (var clause in SentenceSplitter.Clauses(text, sentence, longClauseWords, minClauseWords))
                {
                    var (first, end) = TokensIn(tokens, clause);
                    units.Add(builder.Unit(p, sentence, text, tokens, ids, first, end, quoted, covering: false));
                }
            }
        }

        return new PreparedPassages(
            passages, units, [.. builder.Terms], [.. builder.Weights], [.. builder.WordUnits], builder.TermIndex,
            [.. builder.Phrases], [.. builder.PhraseUnits], builder.PhraseIndex);
    }

    // The tokens inside a span: from the first at or after its start to the first at or after its end.
    private static (int First, int End) TokensIn(List<PassageToken> tokens, TextSpan span)
    {
        var first = 0;
        while (first < tokens.Count && tokens[first].Start < span.Start)
        {
            first++;
        }

        var end = first;
        while (end < tokens.Count && tokens[end].Start < span.End)
        {
            end++;
        }

        return (first, end);
    }

    // Interns terms and phrases and counts each unit's, with a stamp per id instead of a dictionary per unit.
    private sealed class Builder
    {
        private static readonly IReadOnlySet<string> NoQuotation = new HashSet<string>();

        private readonly List<int> _wordStamp = [];
        private readonly List<int> _wordSlot = [];
        private readonly List<int> _phraseStamp = [];
        private readonly List<int> _phraseSlot = [];
        private int _unit;

        public List<string> Terms { get; } = [];

        public List<double> Weights { get; } = [];

        public List<int> WordUnits { get; } = [];

        public Dictionary<string, int> TermIndex { get; } = new(StringComparer.Ordinal);

        public List<(int, int)> Phrases { get; } = [];

        public List<int> PhraseUnits { get; } = [];

        public Dictionary<long, int> PhraseIndex { get; } = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int[] Intern(List<PassageToken> tokens)
        {
            var ids = new int[tokens.Count];
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                if (!TermIndex.TryGetValue(token.Stem, out var id))
                {
                    id = Terms.Count;
                    TermIndex.Add(token.Stem, id);
                    Terms.Add(token.Stem);
                    Weights.Add(token.Weight);
                    WordUnits.Add(0);
                    _wordStamp.Add(-1);
                    _wordSlot.Add(0);
                }
                else if (token.Weight > Weights[id])
                {
                    Weights[id] = token.Weight;
                }

                ids[t] = id;
            }

            return ids;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public PreparedUnit Unit(
            int passage, TextSpan span, string text, List<PassageToken> tokens, int[] ids, int from, int to, List<TextSpan> quoted, bool covering)
        {
            var unit = _unit++;
            var words = new List<int>();
            var counts = new List<int>();
            var firstAt = new List<TextSpan>();
            var phrases = new List<int>();
            var phraseCounts = new List<int>();
            HashSet<string>? quotedTerms = null;
            var q = 0;
            for (var t = from; t < to; t++)
            {
                var id = ids[t];
                if (_wordStamp[id] != unit)
                {
                    _wordStamp[id] = unit;
                    _wordSlot[id] = words.Count;
                    words.Add(id);
                    counts.Add(1);
                    firstAt.Add(new TextSpan(tokens[t].Start, tokens[t].Length));
                    WordUnits[id]++;
                }
                else
                {
                    counts[_wordSlot[id]]++;
                }

                // Quoted spans are in reading order, as the tokens are: one pass finds which tokens sit inside one.
                while (q < quoted.Count && quoted[q].End <= tokens[t].Start)
                {
                    q++;
                }

                if (q < quoted.Count && tokens[t].Start >= quoted[q].Start)
                {
                    (quotedTerms ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[t].Stem);
                }

                if (t > from)
                {
                    CountPhrase(ids[t - 1], id, unit, phrases, phraseCounts);
                }
            }

            var (sortedWords, sortedCounts, sortedFirst) = SortedBy(words, counts, firstAt);
            var (sortedPhrases, sortedPhraseCounts, _) = SortedBy(phrases, phraseCounts, null);
            return new PreparedUnit
            {
                Passage = passage,
                Span = span,
                Text = text,
                Covering = covering,
                TermCount = to - from,
                Words = sortedWords,
                WordCounts = sortedCounts,
                FirstAt = sortedFirst!,
                Phrases = sortedPhrases,
                PhraseCounts = sortedPhraseCounts,
                Quoted = quotedTerms ?? NoQuotation,
            };
        }

        // A phrase is the pair of its words' ids, so it is interned without building a string.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void CountPhrase(int first, int second, int unit, List<int> phrases, List<int> counts)
        {
            var key = PhraseKey(first, second);
            if (!PhraseIndex.TryGetValue(key, out var id))
            {
                id = Phrases.Count;
                PhraseIndex.Add(key, id);
                Phrases.Add((first, second));
                PhraseUnits.Add(0);
                _phraseStamp.Add(-1);
                _phraseSlot.Add(0);
            }

            if (_phraseStamp[id] != unit)
            {
                _phraseStamp[id] = unit;
                _phraseSlot[id] = phrases.Count;
                phrases.Add(id);
                counts.Add(1);
                PhraseUnits[id]++;
            }
            else
            {
                counts[_phraseSlot[id]]++;
            }
        }

        private static (int[] Ids, int[] Counts, TextSpan[]? First) SortedBy(List<int> ids, List<int> counts, List<TextSpan>? first)
        {
            var idArray = ids.ToArray();
            var order = Enumerable.Range(0, idArray.Length).ToArray();
            Array.Sort((int[])idArray.Clone(), order);
            var sortedIds = new int[order.Length];
            var sortedCounts = new int[order.Length];
            var sortedFirst = first is null ? null : new TextSpan[order.Length];
            for (var k = 0; k < order.Length; k++)
            {
                sortedIds[k] = idArray[order[k]];
                sortedCounts[k] = counts[order[k]];
                if (sortedFirst is not null)
                {
                    sortedFirst[k] = first![order[k]];
                }
            }

            return (sortedIds, sortedCounts, sortedFirst);
        }
    }
}
