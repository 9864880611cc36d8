using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Extraction;
using PeaceTalksTracker.Intake.Extraction.Html;
using PeaceTalksTracker.Intake.Extraction.Markdown;
using PeaceTalksTracker.Intake.Extraction.Text;

namespace PeaceTalksTracker.Intake;

/// <summary>
/// Extraction then cleaning of one text, for the callers that have a text rather than a file (tests, tools): exactly
/// what the importer does between reading a file and analysing it.
/// </summary>
public sealed class ArticleParser
{
    private readonly ArticleExtraction _extraction;
    private readonly ArticleCleaner _cleaner;

    /// <summary>The standard extractors and cleaning rules, without a container.</summary>
    public ArticleParser()
        : this(new ArticleExtraction([new TextExtractor(), new MarkdownExtractor(), new HtmlExtractor()]), new ArticleCleaner(ArticleCleaner.DefaultRules()))
    {
    }

    public ArticleParser(ArticleExtraction extraction, ArticleCleaner cleaner)
    {
        _extraction = extraction;
        _cleaner = cleaner;
    }

    /// <summary>Reads a text as a plain-text article file (optional front matter, then header and body).</summary>
    public ParsedArticle Parse(string text) => Parse(new SourceDocument("", text, DocumentFormat.Text));

    public ParsedArticle Parse(SourceDocument document) => _cleaner.Clean(_extraction.Extract(document));
}
