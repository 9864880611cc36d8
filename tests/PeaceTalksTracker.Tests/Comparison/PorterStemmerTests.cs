using PeaceTalksTracker.Comparison;

namespace PeaceTalksTracker.Tests.Comparison;

public sealed class PorterStemmerTests
{
    // Examples from Porter's 1980 paper, step by step.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("digitizer", "digit")]
    [InlineData("vietnamization", "vietnam")]
    [InlineData("predication", "predic")]
    [InlineData("operator", "oper")]
    [InlineData("feudalism", "feudal")]
    [InlineData("decisiveness", "decis")]
    [InlineData("hopefulness", "hope")]
    [InlineData("formality", "formal")]
    [InlineData("sensitivity", "sensit")]
    [InlineData("triplicate", "triplic")]
    [InlineData("formative", "form")]
    [InlineData("electrical", "electr")]
    [InlineData("goodness", "good")]
    [InlineData("revival", "reviv")]
    [InlineData("allowance", "allow")]
    [InlineData("inference", "infer")]
    [InlineData("airliner", "airlin")]
    [InlineData("adjustable", "adjust")]
    [InlineData("defensible", "defens")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("communism", "commun")]
    [InlineData("effective", "effect")]
    [InlineData("bowdlerize", "bowdler")]
    [InlineData("probate", "probat")]
    [InlineData("rate", "rate")]
    [InlineData("cease", "ceas")]
    [InlineData("controlling", "control")]
    [InlineData("roll", "roll")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    public void Stems_the_examples_of_the_original_paper(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("negotiations", "negotiating", "negotiated")]
    [InlineData("territories", "territorial", "territory")]
    [InlineData("exchanges", "exchange", "exchanged")]
    [InlineData("guarantees", "guaranteed", "guarantee")]
    public void Inflections_of_a_word_share_one_stem(string first, string second, string third)
    {
        Assert.Equal(PorterStemmer.Stem(first), PorterStemmer.Stem(second));
        Assert.Equal(PorterStemmer.Stem(first), PorterStemmer.Stem(third));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("1991")]
    [InlineData("café")]
    public void Leaves_short_words_numbers_and_non_ascii_words_alone(string word) =>
        Assert.Equal(word, PorterStemmer.Stem(word));
}
