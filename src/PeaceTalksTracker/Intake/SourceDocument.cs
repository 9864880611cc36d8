namespace PeaceTalksTracker.Intake;

public enum DocumentFormat
{
    Text,
    Markdown,
    Html,
}

/// <summary>
/// What a source hands to extraction: the text of one article and where it came from.
/// </summary>
/// <param name="Location">The full path of the file (later also a URL); articles are known by it.</param>
/// <param name="Text">The decoded text, verbatim.</param>
/// <param name="Format">Which extractor reads it.</param>
/// <param name="EncodingNote">How the text was decoded when it was not plain UTF-8; null otherwise.</param>
/// <param name="SourceUrl">The page the text was fetched from; null for files.</param>
public sealed record SourceDocument(string Location, string Text, DocumentFormat Format, string? EncodingNote = null, string? SourceUrl = null);
