using System.Runtime.CompilerServices;

namespace PeaceTalksTracker.Analysis;

/// <summary>One place where a term of a <see cref="TermMatcher{T}"/> was found.</summary>
internal readonly record struct TermMatch<T>(int Start, int Length, IReadOnlyList<T> Values);

/// <summary>
/// Every term of the codebook compiled into one character trie, so a paragraph is read once, word start by word start,
/// instead of once per alias. At each word start the longest term wins and matches never overlap.
/// Rules, shared by aliases and evidence terms:
/// <list type="bullet">
/// <item>Letters fold case, but a capital in the term must be a capital in the text ("US" never matches "us").</item>
/// <item>A space or hyphen in the term matches any run of spaces and dashes ("US-Ukraine", "cease fire", "cease-fire").</item>
/// <item>A term ends at a word boundary, optionally after a possessive or plural ending ("Russia's", "Ukrainians").</item>
/// <item>A trailing <c>*</c> makes the term a stem that matches to the end of the word ("negotiat*").</item>
/// </list>
/// </summary>
internal sealed class TermMatcher<T>
{
    private readonly Node _root = new();

    public void Add(string term, T value)
    {
        var isStem = term.EndsWith('*');
        var pattern = Normalize(isStem ? term[..^1] : term);
        if (pattern.Length == 0)
        {
            throw new ArgumentException("A term cannot be empty.", nameof(term));
        }

        var node = _root;
        foreach (var c in pattern)
        {
            var key = c == ' ' ? ' ' : Fold(c);
            node = node.Child(key) ?? node.AddChild(key);
        }

        node.Entries ??= [];
        node.Entries.Add(new Entry(pattern, isStem, value));
    }

    /// <summary>Finds every term in <paramref name="text"/>, left to right, longest first, without overlaps.</summary>
    // The hot loop of every import and re-tag: optimised at once rather than after tiered JIT gets round to it,
    // which on a busy machine can take most of a re-tag.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<TermMatch<T>> FindAll(string text)
    {
        var matches = new List<TermMatch<T>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var match = LongestAt(text, i);
            if (match is { } found)
            {
                matches.Add(found);
                i = found.Start + found.Length;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TermMatch<T>? LongestAt(string text, int start)
    {
        var node = _root;
        var i = start;
        var bestEnd = -1;
        List<T>? best = null;
        while (true)
        {
            if (node.Entries is not null && i > start)
            {
                List<T>? values = null;
                var end = -1;
                foreach (var entry in node.Entries)
                {
                    if (!CapitalsAgree(text, start, i, entry.Pattern))
                    {
                        continue;
                    }

                    var entryEnd = entry.IsStem ? WordEnd(text, i) : EndWithSuffix(text, i);
                    if (entryEnd < 0)
                    {
                        continue;
                    }

                    values ??= [];
                    values.Add(entry.Value);
                    end = Math.Max(end, entryEnd);
                }

                // Deeper nodes are longer terms: on a tie the more specific term wins.
                if (values is not null && end >= bestEnd)
                {
                    bestEnd = end;
                    best = values;
                }
            }

            if (i >= text.Length || !node.HasChildren)
            {
                break;
            }

            Node? next;
            if (IsSeparator(text[i]))
            {
                if ((next = node.Child(' ')) is null)
                {
                    break;
                }

                while (i < text.Length && IsSeparator(text[i]))
                {
                    i++;
                }
            }
            else
            {
                if ((next = node.Child(Fold(text[i]))) is null)
                {
                    break;
                }

                i++;
            }

            node = next;
        }

        return best is null ? null : new TermMatch<T>(start, bestEnd - start, best);
    }

    /// <summary>Where the match ends if a boundary follows, possibly after "'s", "’s", "'", "s" or "es"; -1 if none does.</summary>
    private static int EndWithSuffix(string text, int i)
    {
        if (IsBoundary(text, i))
        {
            // A possessive apostrophe after a plural ("allies'") is left out of the match: it may be a closing quote.
            if (i + 1 < text.Length && text[i] is '\'' or '’' && (text[i + 1] is 's' or 'S') && IsBoundary(text, i + 2))
            {
                return i + 2;
            }

            return i;
        }

        if (text[i] is 's' or 'S' && IsBoundary(text, i + 1))
        {
            return i + 1;
        }

        if (text[i] == 'e' && i + 1 < text.Length && text[i + 1] == 's' && IsBoundary(text, i + 2))
        {
            return i + 2;
        }

        return -1;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBoundary(string text, int i) => i >= text.Length || !char.IsLetterOrDigit(text[i]);

    /// <summary>A capital in the term must be a capital in the text; separators are skipped on both sides.</summary>
    private static bool CapitalsAgree(string text, int start, int end, string pattern)
    {
        var p = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                continue;
            }

            while (p < pattern.Length && pattern[p] == ' ')
            {
                p++;
            }

            if (p < pattern.Length && char.IsUpper(pattern[p]) && !char.IsUpper(c))
            {
                return false;
            }

            p++;
        }

        return true;
    }

    private static string Normalize(string term)
    {
        var chars = new List<char>(term.Length);
        foreach (var c in term.Trim())
        {
            var n = IsSeparator(c) ? ' ' : c == '’' ? '\'' : c;
            if (n == ' ' && (chars.Count == 0 || chars[^1] == ' '))
            {
                continue;
            }

            chars.Add(n);
        }

        return new string([.. chars]).TrimEnd();
    }

    private static char Fold(char c) => c switch
    {
        '’' or '‘' => '\'',
        < 'A' => c,
        <= 'Z' => (char)(c + 32),
        < '\u00C0' => c,
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsSeparator(char c) => c is ' ' or '-' or '\u2010' or '\u2011' or '\u2013' or '\u00A0' or '\t' or '\n' or '\r';

    /// <summary>
    /// A trie node. Children are looked up at every word start of every paragraph imported, so they are kept in the
    /// cheapest form for their number: a table by character code for ASCII (every node near the root has dozens), and
    /// two sorted arrays, searched in order, for the rest (deeper nodes have one or two). A hash lookup per character
    /// was the tagger's largest cost.
    /// </summary>
    private sealed class Node
    {
        // Beyond this many ASCII children a node's 128-entry table pays for its memory.
        private const int AsciiTableFrom = 8;

        private Node?[]? _ascii;
        private char[] _keys = [];
        private Node[] _next = [];

        public List<Entry>? Entries { get; set; }

        public bool HasChildren => _ascii is not null || _keys.Length > 0;

        public Node? Child(char key)
        {
            if (key < 128 && _ascii is { } table)
            {
                return table[key];
            }

            var keys = _keys;
            for (var i = 0; i < keys.Length && keys[i] <= key; i++)
            {
                if (keys[i] == key)
                {
                    return _next[i];
                }
            }

            return null;
        }

        /// <summary>Adds a child (only while the matcher is built, before any lookup).</summary>
        public Node AddChild(char key)
        {
            var child = new Node();
            var at = 0;
            while (at < _keys.Length && _keys[at] < key)
            {
                at++;
            }

            _keys = [.. _keys[..at], key, .. _keys[at..]];
            _next = [.. _next[..at], child, .. _next[at..]];
            if (_ascii is null && _keys.Count(k => k < 128) > AsciiTableFrom)
            {
                _ascii = new Node?[128];
                for (var i = 0; i < _keys.Length; i++)
                {
                    if (_keys[i] < 128)
                    {
                        _ascii[_keys[i]] = _next[i];
                    }
                }
            }
            else if (_ascii is not null && key < 128)
            {
                _ascii[key] = child;
            }

            return child;
        }
    }

    private sealed record Entry(string Pattern, bool IsStem, T Value);
}
