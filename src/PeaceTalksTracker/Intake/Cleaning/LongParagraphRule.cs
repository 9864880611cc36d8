namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// A paragraph longer than <see cref="MaxChars"/> is split into paragraphs of at most that length, at sentence ends
/// where there are any, else between words, else anywhere. One paragraph of 1.9 MB (a file that is one long line) made
/// every search for its words take over a minute: full-text snippets cost the square of the paragraph's length, and
/// the reader could not have read it as one paragraph anyway. News paragraphs run to a few hundred characters, so
/// real articles are not touched.
/// </summary>
public sealed class LongParagraphRule : IArticleCleaningRule
{
    public const int MaxChars = 4_000;

    public ParsedArticle Apply(ParsedArticle article)
    {
        if (!article.Blocks.Any(b => b.Kind == BlockKind.Paragraph && b.Text.Length > MaxChars))
        {
            return article;
        }

        var blocks = new List<ParsedBlock>(article.Blocks.Count);
        foreach (var block in article.Blocks)
        {
            if (block.Kind == BlockKind.Paragraph && block.Text.Length > MaxChars)
            {
                // Each piece is its own text: the block's Markdown is the whole paragraph's, and kept on every piece it made
                // the body of a 1.9 MB line 923 MB (481 copies). A piece loses its inline links and emphasis instead.
                blocks.AddRange(Split(block.Text).Select(part => block with { Text = part, Markdown = null }));
            }
            else
            {
                blocks.Add(block);
            }
        }

        return article with { Blocks = blocks };
    }

    /// <summary>Pieces of at most <see cref="MaxChars"/> characters, trimmed, none empty, together the whole text.</summary>
    internal static IEnumerable<string> Split(string text)
    {
        var start = 0;
        while (text.Length - start > MaxChars)
        {
            var cut = LastBreak(text, start);
            var piece = text[start..cut].Trim();
            if (piece.Length > 0)
            {
                yield return piece;
            }

            start = cut;
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>Where the piece starting at <paramref name="start"/> ends: after its last sentence end, else its last space.</summary>
    private static int LastBreak(string text, int start)
    {
        var end = start + MaxChars;
        // Not before half the limit: a sentence end near the start would leave a scrap and many pieces.
        var earliest = start + (MaxChars / 2);
        for (var i = end - 1; i > earliest; i--)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '!' or '?' or '…' or '"' or '”')
            {
                return i;
            }
        }

        var space = text.LastIndexOf(' ', end - 1, end - earliest);
        return space > start ? space : end;
    }
}
