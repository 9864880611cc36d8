namespace PeaceTalksTracker.Articles;

/// <summary>Turns the text of a news article file into a structured article.</summary>
public sealed class ArticleParser
{
    public ParsedArticle Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var title = lines.Count > 0 ? lines[0] : "Untitled";
        var paragraphs = new List<ParsedParagraph>();
        string? heading = null;
        foreach (var line in lines.Skip(1))
        {
            if (line.Length < 90 && !".!?:\"”".Contains(line[^1], StringComparison.Ordinal))
            {
                heading = line;
                continue;
            }

            paragraphs.Add(new ParsedParagraph(heading, line, ParagraphKind.Paragraph));
        }

        return new ParsedArticle
        {
            Title = title,
            BodyMarkdown = string.Join("\n\n", lines.Skip(1)),
            Paragraphs = paragraphs,
        };
    }
}
