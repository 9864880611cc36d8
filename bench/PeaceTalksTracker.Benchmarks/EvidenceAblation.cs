using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// <c>-- evaluate … --ablate</c>: for every evidence term, the labelled required themes lost and forbidden themes
/// given when that term alone is taken out of the codebook. A term that carries labels on its own is one to read
/// twice: is it the talks' general vocabulary, or words of one development sentence?
/// </summary>
internal static class EvidenceAblation
{
    public static void Print(EvaluationRun.Gold gold, IReadOnlyDictionary<string, EvaluationRun.StoredArticle> articles)
    {
        var codebook = CodebookStartup.BuiltIn();
        var labelled = new List<(EvaluationRun.GoldParagraph Label, string Text)>();
        foreach (var label in gold.Paragraphs)
        {
            var contains = EvaluationRun.Fold(label.Contains);
            if (articles.TryGetValue(label.Article, out var article)
                && article.Paragraphs.FirstOrDefault(p => EvaluationRun.Fold(p.Text).Contains(contains, StringComparison.Ordinal)) is { } paragraph)
            {
                labelled.Add((label, paragraph.Text));
            }
        }

        var (baseFound, baseForbidden) = Score(new ParagraphTagger(codebook), labelled);
        Console.WriteLine();
        Console.WriteLine($"Ablation over {labelled.Count} labelled paragraphs: {baseFound} required found, {baseForbidden} forbidden given with every term.");
        foreach (var theme in codebook.Themes)
        {
            foreach (var term in theme.Evidence.Keys)
            {
                var without = codebook with
                {
                    Themes = [.. codebook.Themes.Select(t => t.Id == theme.Id ? t with { Evidence = t.Evidence.Where(e => e.Key != term).ToDictionary() } : t)],
                };
                var (found, forbidden) = Score(new ParagraphTagger(without), labelled);
                if (found != baseFound || forbidden != baseForbidden)
                {
                    Console.WriteLine($"  {theme.Id,-20} {term,-32} required {found - baseFound:+0;-0;0}, forbidden {forbidden - baseForbidden:+0;-0;0}");
                }
            }
        }
    }

    private static (int Found, int Forbidden) Score(ParagraphTagger tagger, List<(EvaluationRun.GoldParagraph Label, string Text)> labelled)
    {
        int found = 0, forbidden = 0;
        foreach (var (label, text) in labelled)
        {
            var themes = tagger.FindThemes(text).Select(t => t.ThemeId).ToHashSet();
            found += label.Required.Count(themes.Contains);
            forbidden += label.Forbidden.Count(themes.Contains);
        }

        return (found, forbidden);
    }
}
