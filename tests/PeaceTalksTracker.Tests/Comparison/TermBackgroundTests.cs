using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Tests.Comparison;

/// <summary>The store's word frequencies that tell the aligner common words from telling ones.</summary>
public sealed class TermBackgroundTests
{
    [Fact]
    public void Counts_the_passages_that_use_a_word_not_how_often_it_occurs()
    {
        var background = TermBackground.FromPassages(
            ["Sanctions, sanctions and more sanctions.", "New sanctions on oil.", "A ceasefire was agreed."]);

        Assert.Equal(3, background.Passages);
        Assert.Equal(2, background.DocumentFrequency("sanction"));
        Assert.Equal(1, background.DocumentFrequency("ceasefire"));
        Assert.Equal(0, background.DocumentFrequency("drone"));
    }

    [Fact]
    public void The_empty_background_counts_nothing() => Assert.Equal((0, 0), (TermBackground.Empty.Passages, TermBackground.Empty.DocumentFrequency("war")));
}
