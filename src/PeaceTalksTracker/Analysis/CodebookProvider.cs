namespace PeaceTalksTracker.Analysis;

/// <summary>Holds the codebook in force; pages and the analyzer read <see cref="Current"/>.</summary>
public sealed class CodebookProvider
{
    private ParagraphTagger _tagger;

    public CodebookProvider(Codebook initial)
    {
        _tagger = new ParagraphTagger(initial);
    }

    public Codebook Current => _tagger.Codebook;

    /// <summary>The codebook compiled for tagging; swapped together with <see cref="Current"/>.</summary>
    public ParagraphTagger Tagger => _tagger;

    public void Replace(Codebook codebook) => _tagger = new ParagraphTagger(codebook);
}
