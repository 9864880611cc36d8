namespace PeaceTalksTracker.Intake.Extraction;

/// <summary>Reads one format into the one parsed form; a new format is a new extractor in its own folder.</summary>
public interface IArticleExtractor
{
    DocumentFormat Format { get; }

    ParsedArticle Extract(SourceDocument document);
}
