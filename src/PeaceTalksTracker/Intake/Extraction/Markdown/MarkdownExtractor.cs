using PeaceTalksTracker.Intake.Extraction.Text;

namespace PeaceTalksTracker.Intake.Extraction.Markdown;

/// <summary>Reads a Markdown article (<c>.md</c>): its YAML front matter, then the body.</summary>
/// <remarks>
/// For now the body is read by the plain-text line reader, which already understands the Markdown that news dumps
/// carry (ATX headings, <c>-</c> lists, pipe tables) and keeps everything else as written; this is exactly how
/// <c>.md</c> files were read before the stages were split. A later issue moves it to Markdig and YamlDotNet.
/// </remarks>
public sealed class MarkdownExtractor : IArticleExtractor
{
    public DocumentFormat Format => DocumentFormat.Markdown;

    public ParsedArticle Extract(SourceDocument document)
    {
        var (frontMatter, body) = FrontMatter.Split(TextLines.Normalize(document.Text));
        return frontMatter.ApplyTo(TextExtractor.ReadText(body) with { SourceUrl = document.SourceUrl });
    }
}
