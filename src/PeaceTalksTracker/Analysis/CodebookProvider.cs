namespace PeaceTalksTracker.Analysis;

/// <summary>Holds the codebook in force; pages and the analyzer read <see cref="Current"/>.</summary>
public sealed class CodebookProvider
{
    public CodebookProvider(Codebook initial) => Current = initial;

    public Codebook Current { get; private set; }

    public void Replace(Codebook codebook) => Current = codebook;
}
