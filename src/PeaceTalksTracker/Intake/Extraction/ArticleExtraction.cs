namespace PeaceTalksTracker.Intake.Extraction;

/// <summary>Hands a document to the extractor registered for its format.</summary>
public sealed class ArticleExtraction(IEnumerable<IArticleExtractor> extractors)
{
    private readonly Dictionary<DocumentFormat, IArticleExtractor> _byFormat = extractors.ToDictionary(e => e.Format);

    public ParsedArticle Extract(SourceDocument document) =>
        _byFormat.TryGetValue(document.Format, out var extractor)
            ? extractor.Extract(document)
            : throw new NotSupportedException($"no extractor reads {document.Format} yet");
}
