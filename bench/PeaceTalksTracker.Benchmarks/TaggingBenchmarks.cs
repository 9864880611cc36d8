using BenchmarkDotNet.Attributes;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>Tagging on the import path: the whole Reuters corpus through the compiled codebook, paragraph by paragraph.</summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private ParagraphTagger _tagger = null!;
    private List<List<ParagraphInput>> _articles = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tagger = new ParagraphTagger(CodebookStartup.BuiltIn());
        _articles = TaggingRun.LoadCorpus();
    }

    [Benchmark(Description = "Tag all Reuters stories, one thread")]
    public int TagCorpus()
    {
        var mentions = 0;
        foreach (var article in _articles)
        {
            mentions += ArticleAnalyzer.Tag(_tagger, article).Stakeholders.Count;
        }

        return mentions;
    }

    [Benchmark(Description = "Compile the codebook")]
    public ParagraphTagger CompileCodebook() => new(_tagger.Codebook);
}
