using System.Text;
using System.Text.Encodings.Web;

namespace PeaceTalksTracker.Search;

/// <summary>One run of snippet text, marked when it is a matched term.</summary>
public sealed record SnippetPart(string Text, bool Marked);

/// <summary>
/// Text from an article with the matched terms marked. Built from FTS5 snippet()/highlight() output whose only markup
/// is our own sentinel characters; the article text itself is untrusted and is only ever emitted encoded.
/// </summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    /// <summary>Start of a match in snippet()/highlight() output: a control character no reader's query can carry.</summary>
    public const char Open = '\u0002';

    /// <summary>End of a match.</summary>
    public const char Close = '\u0003';

    public static Snippet Plain(string text) => new([new SnippetPart(text, false)]);

    /// <summary>Splits sentinel-marked text into parts; stray or unbalanced sentinels (the text could hold them) are dropped.</summary>
    public static Snippet FromMarked(string? marked)
    {
        var parts = new List<SnippetPart>();
        if (string.IsNullOrEmpty(marked))
        {
            return new Snippet(parts);
        }

        var current = new StringBuilder();
        var inMark = false;
        foreach (var c in marked)
        {
            if (c == Open || c == Close)
            {
                var opens = c == Open;
                if (opens != inMark)
                {
                    Flush(parts, current, inMark);
                    inMark = opens;
                }

                continue;
            }

            current.Append(c);
        }

        Flush(parts, current, inMark);
        return new Snippet(parts);
    }

    public bool HasMarks => Parts.Any(p => p.Marked);

    /// <summary>HTML with every character of the text encoded and only the matches wrapped in &lt;mark&gt;.</summary>
    public string ToHtml()
    {
        var builder = new StringBuilder();
        foreach (var part in Parts)
        {
            var encoded = HtmlEncoder.Default.Encode(part.Text);
            builder.Append(part.Marked ? $"<mark>{encoded}</mark>" : encoded);
        }

        return builder.ToString();
    }

    public string ToPlainText() => string.Concat(Parts.Select(p => p.Text));

    private static void Flush(List<SnippetPart> parts, StringBuilder current, bool marked)
    {
        if (current.Length > 0)
        {
            parts.Add(new SnippetPart(current.ToString(), marked));
            current.Clear();
        }
    }
}
