using System.Diagnostics;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// <c>-- tagging</c>: a quick timed run, no BenchmarkDotNet harness. Reads and parses every Reuters story first
/// (not timed), then tags them all on one thread, then on every core, and prints articles per second.
/// </summary>
public static class TaggingRun
{
    /// <summary>
    /// Every story as paragraphs: the title, then the body split where Reuters starts a paragraph (an indented or
    /// blank line) with its hard-wrapped lines joined. Done here rather than by the importer's parser, so the figure
    /// measures tagging over all of the text whatever the parser keeps.
    /// </summary>
    public static List<List<ParagraphInput>> LoadCorpus()
    {
        var articles = new List<List<ParagraphInput>>();
        foreach (var (_, text) in ReutersCorpus.ReadStories())
        {
            var paragraphs = new List<string>();
            var current = new System.Text.StringBuilder();
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (i <= 1 || line.Trim().Length == 0 || line.StartsWith(' ') || line.StartsWith('\t'))
                {
                    Flush();
                }

                if (line.Trim().Length > 0)
                {
                    current.Append(current.Length > 0 ? " " : "").Append(line.Trim());
                }
            }

            Flush();
            articles.Add(paragraphs.Select((p, i) => new ParagraphInput(i, p, p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length)).ToList());

            void Flush()
            {
                if (current.Length > 0)
                {
                    paragraphs.Add(current.ToString());
                    current.Clear();
                }
            }
        }

        return articles;
    }

    public static void Run()
    {
        var clock = Stopwatch.StartNew();
        var articles = LoadCorpus();
        var paragraphs = articles.Sum(a => a.Count);
        var characters = articles.Sum(a => a.Sum(p => (long)p.Text.Length));
        Console.WriteLine($"Read and split {articles.Count:N0} stories ({paragraphs:N0} paragraphs, {characters / 1e6:0.0} M characters) in {clock.Elapsed.TotalSeconds:0.00} s (not counted)");

        clock.Restart();
        var tagger = new ParagraphTagger(CodebookStartup.BuiltIn());
        Console.WriteLine($"Loaded and compiled the codebook in {clock.Elapsed.TotalMilliseconds:0} ms");

        // The first pass pays for the JIT (tiered compilation starts unoptimised); later passes show the steady state.
        for (var pass = 1; pass <= 3; pass++)
        {
            clock.Restart();
            long mentions = 0, themes = 0, quotes = 0, attributed = 0;
            foreach (var article in articles)
            {
                var tags = ArticleAnalyzer.Tag(tagger, article);
                mentions += tags.Paragraphs.Sum(p => p.Mentions.Count);
                themes += tags.Paragraphs.Sum(p => p.Themes.Count);
                quotes += tags.Quotes.Count;
                attributed += tags.Quotes.Count(q => q.Quote.Speaker is not null);
            }

            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"Pass {pass}, one thread: {articles.Count:N0} articles in {seconds:0.00} s = {articles.Count / seconds:N0} articles/s ({mentions:N0} mentions, {themes:N0} paragraph themes, {quotes:N0} quotes, {attributed:N0} with a speaker)");
        }

        clock.Restart();
        Parallel.ForEach(articles, article => ArticleAnalyzer.Tag(tagger, article));
        var parallel = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"All {Environment.ProcessorCount} cores:     {articles.Count:N0} articles in {parallel:0.00} s = {articles.Count / parallel:N0} articles/s");
    }
}
