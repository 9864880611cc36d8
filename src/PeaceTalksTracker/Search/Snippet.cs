using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PeaceTalksTracker.Search;

/// <summary>One run of snippet text, marked when it is a matched term.</summary>
public sealed record SnippetPart(string Text, bool Marked);

/// <summary>
/// Text from an article with the matched terms marked. Built from FTS5 snippet()/highlight() output whose only markup
/// is our own sentinel characters; the article text itself is untrusted and is only ever emitted encoded.
/// </summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    // Encodes markup characters but leaves letters and typographic punctuation readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static Snippet Plain(string text) => new([new SnippetPart(text, false)]);

    /// <summary>
    /// A fresh pair of markers for snippet()/highlight(). They carry a random nonce, so article text cannot forge them:
    /// only the database's own marks become &lt;mark&gt;.
    /// </summary>
    public static (string Open, string Close) NewMarkers()
    {
        var nonce = Guid.NewGuid().ToString("N");
        return ($"\u0002{nonce}[", $"]{nonce}\u0003");
    }

    /// <summary>Splits marked text into parts; a close without an open (or an open never closed) is dropped.</summary>
    public static Snippet FromMarked(string? marked, string open, string close)
    {
        var parts = new List<SnippetPart>();
        if (string.IsNullOrEmpty(marked))
        {
            return new Snippet(parts);
        }

        var position = 0;
        var inMark = false;
        while (position < marked.Length)
        {
            var next = marked.IndexOf(inMark ? close : open, position, StringComparison.Ordinal);
            var other = marked.IndexOf(inMark ? open : close, position, StringComparison.Ordinal);
            var end = next < 0 ? marked.Length : next;
            if (other >= 0 && other < end)
            {
                // A marker out of turn: keep the text around it, drop the marker.
                Add(parts, marked[position..other], inMark);
                position = other + (inMark ? open.Length : close.Length);
                continue;
            }

            Add(parts, marked[position..end], inMark);
            if (next < 0)
            {
                break;
            }

            position = next + (inMark ? close.Length : open.Length);
            inMark = !inMark;
        }

        return new Snippet(Merge(parts));
    }

    public bool HasMarks => Parts.Any(p => p.Marked);

    /// <summary>HTML with every character of the text encoded and only the matches wrapped in &lt;mark&gt;.</summary>
    public string ToHtml()
    {
        var builder = new StringBuilder();
        foreach (var part in Parts)
        {
            var encoded = Encoder.Encode(part.Text);
            builder.Append(part.Marked ? $"<mark>{encoded}</mark>" : encoded);
        }

        return builder.ToString();
    }

    public string ToPlainText() => string.Concat(Parts.Select(p => p.Text));

    private static void Add(List<SnippetPart> parts, string text, bool marked)
    {
        if (text.Length > 0)
        {
            parts.Add(new SnippetPart(text, marked));
        }
    }

    private static List<SnippetPart> Merge(List<SnippetPart> parts)
    {
        var merged = new List<SnippetPart>();
        foreach (var part in parts)
        {
            if (merged.Count > 0 && merged[^1].Marked == part.Marked)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + part.Text };
            }
            else
            {
                merged.Add(part);
            }
        }

        return merged;
    }
}
