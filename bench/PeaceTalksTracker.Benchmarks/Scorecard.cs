namespace PeaceTalksTracker.Benchmarks;

/// <summary>Found and wrong per kind of label, as <see cref="EvaluationRun"/> prints them.</summary>
internal sealed class Scorecard(EvaluationRun.Gold gold, IReadOnlyDictionary<string, EvaluationRun.StoredArticle> articles, bool verbose)
{
    private readonly List<string> _misses = [];

    public void Print()
    {
        var missingArticles = gold.Articles.Keys.Where(k => !articles.ContainsKey(k)).ToList();
        if (missingArticles.Count > 0)
        {
            Console.WriteLine($"Not in the store (rejected or renamed): {string.Join(", ", missingArticles)}");
        }

        Console.WriteLine($"Scored against {gold.Articles.Count} articles, {gold.Paragraphs.Count} paragraphs, {gold.Quotes.Count} quotes; stakeholders outside the labels' {gold.Known.Count} are not scored.");
        Console.WriteLine();
        Console.WriteLine($"{"kind",-44} {"found",16} {"wrong",16}");
        ArticleStakeholders();
        ParagraphLabels();
        Quotes();
        if (verbose)
        {
            // Every quotation with its attribution, to read the ones no label covers.
            foreach (var article in articles.Values.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                foreach (var q in article.Quotes)
                {
                    Miss($"  {article.Key[..Math.Min(14, article.Key.Length)]} ¶{q.ParagraphIndex} {(q.IsPhrase ? "phrase" : q.Method.ToString()),-12} {q.Speaker ?? "-"} [{q.StakeholderId ?? "-"}{(q.Role is null ? "" : "; " + q.Role)}] «{Cut(q.Text, 70)}»");
                }
            }
        }

        if (verbose && _misses.Count > 0)
        {
            Console.WriteLine();
            foreach (var miss in _misses)
            {
                Console.WriteLine(miss);
            }
        }
    }

    private void ArticleStakeholders()
    {
        int present = 0, found = 0, absent = 0, wrong = 0;
        foreach (var (key, label) in gold.Articles)
        {
            if (!articles.TryGetValue(key, out var article))
            {
                present += label.StakeholdersPresent.Count;
                absent += label.StakeholdersAbsent.Count;
                continue;
            }

            present += label.StakeholdersPresent.Count;
            absent += label.StakeholdersAbsent.Count;
            foreach (var id in label.StakeholdersPresent)
            {
                if (article.Stakeholders.Contains(id))
                {
                    found++;
                }
                else
                {
                    Miss($"article {key}: stakeholder {id} not found");
                }
            }

            foreach (var id in label.StakeholdersAbsent.Where(article.Stakeholders.Contains))
            {
                wrong++;
                Miss($"article {key}: stakeholder {id} given, the body never names it");
            }
        }

        Row("stakeholders per article", found, present, wrong, absent, "of absent ones given");
    }

    private void ParagraphLabels()
    {
        int expected = 0, found = 0, notExpected = 0, wrong = 0;
        int required = 0, requiredFound = 0, forbidden = 0, forbiddenGiven = 0, unmatched = 0;
        foreach (var label in gold.Paragraphs)
        {
            var paragraph = FindParagraph(label);
            var known = gold.Known;
            expected += label.Stakeholders.Count;
            notExpected += known.Count - label.Stakeholders.Count;
            required += label.Required.Count;
            forbidden += label.Forbidden.Count;
            if (paragraph is null)
            {
                unmatched++;
                Miss($"paragraph not in the store: {label.Article}: {label.Contains}");
                continue;
            }

            var where = $"{label.Article[..Math.Min(14, label.Article.Length)]} «{Cut(label.Contains, 60)}»";
            foreach (var id in label.Stakeholders)
            {
                if (paragraph.Stakeholders.Contains(id))
                {
                    found++;
                }
                else
                {
                    Miss($"{where}: stakeholder {id} not found");
                }
            }

            foreach (var id in paragraph.Stakeholders.Where(s => known.Contains(s) && !label.Stakeholders.Contains(s)))
            {
                wrong++;
                Miss($"{where}: stakeholder {id} given wrongly");
            }

            foreach (var theme in label.Required)
            {
                if (paragraph.Themes.Contains(theme))
                {
                    requiredFound++;
                }
                else
                {
                    Miss($"{where}: theme {theme} missed (given: {string.Join(" ", paragraph.Themes)})");
                }
            }

            foreach (var theme in label.Forbidden.Where(paragraph.Themes.Contains))
            {
                forbiddenGiven++;
                Miss($"{where}: theme {theme} given, labelled forbidden");
            }
        }

        if (unmatched > 0)
        {
            Console.WriteLine($"({unmatched} labelled paragraphs are not in the store as written; counted as missed)");
        }

        Row("stakeholders per paragraph", found, expected, wrong, notExpected, "of unnamed ones given");
        Row("paragraph themes: required found", requiredFound, required, null, null, "");
        Row("paragraph themes: forbidden given", null, null, forbiddenGiven, forbidden, "of forbidden given");
    }

    private void Quotes()
    {
        int found = 0, speakerRight = 0, phrases = 0;
        foreach (var label in gold.Quotes)
        {
            var contains = EvaluationRun.Fold(label.Contains);
            var quote = articles.TryGetValue(label.Article, out var article)
                ? article.Quotes.FirstOrDefault(q => EvaluationRun.Fold(q.Text).Contains(contains, StringComparison.Ordinal))
                : null;
            var where = $"quote «{Cut(label.Contains, 50)}» ({label.Speaker}, {label.Stakeholder ?? "no stakeholder"})";
            if (quote is null)
            {
                Miss($"{where}: not found");
                continue;
            }

            if (quote.IsPhrase)
            {
                phrases++;
                Miss($"{where}: kept as a phrase");
                continue;
            }

            found++;
            var nameRight = quote.Speaker is not null && SpellingsOf(quote.Speaker).Any(s => s.Contains(EvaluationRun.Fold(label.Speaker), StringComparison.Ordinal));
            var stakeholderRight = label.Stakeholder is null
                ? quote.StakeholderId is null || !gold.Known.Contains(quote.StakeholderId)
                : quote.StakeholderId == label.Stakeholder;
            if (nameRight && stakeholderRight)
            {
                speakerRight++;
            }
            else
            {
                Miss($"{where}: given {quote.Speaker ?? "no speaker"} ({quote.StakeholderId ?? "no stakeholder"}, {quote.Method}{(quote.Role is null ? "" : ", role " + quote.Role)})");
            }
        }

        Row("quotes found (as quotations)", found, gold.Quotes.Count, phrases, gold.Quotes.Count, "kept as phrases");
        Row("quotes with the right speaker", speakerRight, gold.Quotes.Count, found - speakerRight, Math.Max(1, found), "of found, wrong speaker");
    }

    /// <summary>The speaker as shown and, for a codebook person, every spelling the codebook knows ("Zelenskyy").</summary>
    private static IEnumerable<string> SpellingsOf(string speaker)
    {
        yield return EvaluationRun.Fold(speaker);
        var person = Codebook.Stakeholders.SelectMany(s => s.People).FirstOrDefault(p => p.Name == speaker);
        foreach (var alias in person?.Aliases ?? [])
        {
            yield return EvaluationRun.Fold(alias);
        }
    }

    private static readonly PeaceTalksTracker.Analysis.Codebook Codebook = PeaceTalksTracker.Analysis.CodebookStartup.BuiltIn();

    private EvaluationRun.StoredParagraph? FindParagraph(EvaluationRun.GoldParagraph label)
    {
        if (!articles.TryGetValue(label.Article, out var article))
        {
            return null;
        }

        var contains = EvaluationRun.Fold(label.Contains);
        return article.Paragraphs.FirstOrDefault(p => EvaluationRun.Fold(p.Text).Contains(contains, StringComparison.Ordinal));
    }

    private static void Row(string kind, int? found, int? of, int? wrong, int? wrongOf, string wrongNote)
    {
        var foundText = found is { } f && of is { } o ? $"{f}/{o} {Percent(f, o)}" : "";
        var wrongText = wrong is { } w && wrongOf is { } wo ? $"{w}/{wo} {Percent(w, wo)}" : "";
        Console.WriteLine($"{kind,-44} {foundText,16} {wrongText,16}  {(wrongText.Length > 0 ? wrongNote : "")}");
    }

    private static string Percent(int part, int whole) => whole == 0 ? "(-)" : $"({100.0 * part / whole:0.0}%)";

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private void Miss(string line) => _misses.Add(line);
}
