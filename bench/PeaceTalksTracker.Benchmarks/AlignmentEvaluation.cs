using System.Globalization;
using System.Text.Json;
using PeaceTalksTracker.Comparison;
using PeaceTalksTracker.Intake;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// How well the aligner pairs passages a careful reader paired: <c>-- compare-eval [gold.json] [threshold=0.25] [mutual=0.1] [bigram=0.6]
/// [long=35] [clause=20] [minclause=6] [minshared=2] [verbose] [all] [structure]</c>. The gold file (default bench/dev-pairs/dev-pairs.json) names passages of the
/// real articles in ../shared/corpora/dev and of seeds/ by exact substrings; it prints each pair found or missed,
/// each look-alike wrongly paired, and the totals. Skips with one line when ../shared/corpora/dev is absent.
/// </summary>
public static class AlignmentEvaluation
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public sealed record Side(string File, string Text);

    public sealed record GoldPair(bool Same, string Why, Side A, Side B, List<string>? Or, List<string>? OrA);

    public sealed record Gold(List<GoldPair> Pairs);

    public static int Run(string[] args)
    {
        var dev = FindUp(Path.Combine("shared", "corpora", "dev"));
        if (dev is null)
        {
            Console.WriteLine("compare-eval: ../shared/corpora/dev not found; skipped.");
            return 0;
        }

        var goldPath = args.Skip(1).FirstOrDefault(a => a.EndsWith(".json", StringComparison.Ordinal))
            ?? FindUp(Path.Combine("bench", "dev-pairs", "dev-pairs.json")) ?? throw new FileNotFoundException("bench/dev-pairs/dev-pairs.json");
        var gold = JsonSerializer.Deserialize<Gold>(File.ReadAllText(goldPath), Json)!;
        foreach (var side in gold.Pairs.SelectMany(p => new[] { p.A, p.B }).Where(s => s.File.StartsWith("seed:", StringComparison.Ordinal)))
        {
            SeedPrefixes.Add(side.Text);
        }

        var options = Options(args);
        var verbose = args.Contains("verbose");
        var seeds = FindUp("seeds") ?? throw new DirectoryNotFoundException("seeds/");

        var parser = new ArticleParser();
        var articles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(dev).Concat(Directory.EnumerateFiles(seeds, "*.txt")))
        {
            var name = Path.GetDirectoryName(path) == seeds ? "seed:" + Path.GetFileName(path)[..3] : Path.GetFileNameWithoutExtension(path);
            articles[name] = parser.Parse(File.ReadAllText(path)).Paragraphs.Select(p => p.Text).ToList();
        }

        // As in the app: the background is the store's paragraphs; here the store is these articles.
        var background = TermBackground.FromPassages(articles.Values.SelectMany(p => p));
        var aligner = new PassageAligner(options);
        var alignments = new Dictionary<(string, string), PassageAlignment>();
        int found = 0, same = 0, wrong = 0, lookAlikes = 0;
        var bestLookAlike = (Score: 0.0, Why: "");
        foreach (var pair in gold.Pairs)
        {
            var a = articles[pair.A.File];
            var b = articles[pair.B.File];
            if (!alignments.TryGetValue((pair.A.File, pair.B.File), out var alignment))
            {
                alignments[(pair.A.File, pair.B.File)] = alignment = aligner.Align(a, b, background);
            }

            var textsA = new[] { pair.A.Text }.Concat(pair.OrA ?? []).ToList();
            var textsB = new[] { pair.B.Text }.Concat(pair.Or ?? []).ToList();
            var hit = alignment.Pairs.FirstOrDefault(p => Covers(a[p.A], p.SpanA, textsA) && Covers(b[p.B], p.SpanB, textsB));
            var mark = pair.Same ? (hit is null ? "missed" : "FOUND ") : (hit is null ? "ok    " : "WRONG ");
            if (pair.Same)
            {
                same++;
                found += hit is null ? 0 : 1;
            }
            else
            {
                lookAlikes++;
                wrong += hit is null ? 0 : 1;

                // How close a look-alike came: its best-scoring pair of units before the one-to-one matching and the
                // shared-word rule, so the margin to the thresholds shows.
                var closest = aligner.Candidates(a, b, background)
                    .Where(p => Covers(a[p.A], p.SpanA, textsA) && Covers(b[p.B], p.SpanB, textsB))
                    .Select(p => p.Similarity)
                    .DefaultIfEmpty(0)
                    .Max();
                if (closest > bestLookAlike.Score)
                {
                    bestLookAlike = (closest, pair.Why);
                }
            }

            var score = hit is null ? "" : hit.Similarity.ToString("0.000", CultureInfo.InvariantCulture) + (hit.Quotation ? " (quotation)" : "");
            Console.WriteLine($"{mark} {(pair.Same ? "same" : "look-alike"),-10} {score,-8} {pair.Why}");
            if (verbose || (pair.Same && hit is null) || (!pair.Same && hit is not null))
            {
                Explain(pair, a, b, alignment, hit, aligner.Candidates(a, b, background));
            }
        }

        if (args.Contains("structure"))
        {
            // Would a structural score separate the same points from the look-alikes? The codebook's stakeholders and
            // themes of the two paragraphs each gold pair names, as the compare page has them.
            IReadOnlySet<string> Tags(string paragraph) => Labels([paragraph])[0];

            foreach (var pair in gold.Pairs)
            {
                var pa = articles[pair.A.File].First(p => p.Contains(pair.A.Text, StringComparison.Ordinal));
                var pb = articles[pair.B.File].First(p => p.Contains(pair.B.Text, StringComparison.Ordinal));
                var (ta, tb) = (Tags(pa), Tags(pb));
                var jaccard = ta.Count + tb.Count == 0 ? 0 : (double)ta.Intersect(tb).Count() / ta.Union(tb).Count();
                Console.WriteLine($"structure {(pair.Same ? "same" : "look"),-5} {jaccard:0.00} [{string.Join(" ", ta.Intersect(tb))}] only A [{string.Join(" ", ta.Except(tb))}] only B [{string.Join(" ", tb.Except(ta))}] {pair.Why}");
            }
        }

        if (args.Contains("all"))
        {
            // Every pair made, not only the marked ones: to read what a rule change adds or drops beyond the gold.
            foreach (var ((fileA, fileB), alignment) in alignments)
            {
                Console.WriteLine($"== {fileA} / {fileB}");
                foreach (var p in alignment.Pairs)
                {
                    Console.WriteLine($"  {p.Similarity.ToString("0.000", CultureInfo.InvariantCulture)} [{string.Join(", ", p.Shared.Take(5).Select(t => t.InA))}] {Cut(p.SpanA.Of(articles[fileA][p.A]))} || {Cut(p.SpanB.Of(articles[fileB][p.B]))}");
                }
            }
        }

        var produced = alignments.Values.Sum(al => al.Pairs.Count);
        Console.WriteLine();
        Console.WriteLine($"closest look-alike: {bestLookAlike.Score.ToString("0.000", CultureInfo.InvariantCulture)} before the one-to-one matching " +
            $"(mutual best from {options.MutualThreshold.ToString(CultureInfo.InvariantCulture)}, any from {options.Threshold.ToString(CultureInfo.InvariantCulture)}): {bestLookAlike.Why}");
        Console.WriteLine($"same-point pairs found: {found} of {same}; look-alikes paired: {wrong} of {lookAlikes}; " +
            $"pairs made over the {alignments.Count} article pairs: {produced} " +
            $"(threshold {options.Threshold.ToString(CultureInfo.InvariantCulture)}, mutual best {options.MutualThreshold.ToString(CultureInfo.InvariantCulture)}, bigram {options.BigramWeight.ToString(CultureInfo.InvariantCulture)}, long passage {options.LongPassageWords} words, clauses past {options.LongSentenceWords} words, min shared {options.MinSharedTerms})");
        return 0;
    }

    private static readonly PeaceTalksTracker.Analysis.ParagraphTagger Tagger = new(PeaceTalksTracker.Analysis.CodebookStartup.BuiltIn());

    // As the compare page has them: each paragraph's stakeholders named and themes, by the built-in codebook.
    private static List<IReadOnlySet<string>> Labels(List<string> paragraphs) =>
        paragraphs.Select(p =>
        {
            var tags = Tagger.Tag(p);
            return (IReadOnlySet<string>)tags.Mentions.Select(m => "s:" + m.StakeholderId).Concat(tags.Themes.Select(t => "t:" + t.ThemeId)).ToHashSet(StringComparer.Ordinal);
        }).ToList();

    private static void Explain(GoldPair pair, List<string> a, List<string> b, PassageAlignment alignment, AlignedPair? hit, IReadOnlyList<AlignedPair> candidates)
    {
        var scored = candidates.FirstOrDefault(p => Covers(a[p.A], p.SpanA, [pair.A.Text]) && Covers(b[p.B], p.SpanB, [pair.B.Text]));
        if (hit is null)
        {
            Console.WriteLine(scored is null
                ? "         the two share no term"
                : $"         scored {scored.Similarity.ToString("0.000", CultureInfo.InvariantCulture)}, shared: {string.Join(", ", scored.Shared.Take(8).Select(s => (s.InA == s.InB ? s.InA : $"{s.InA}/{s.InB}") + "=" + s.Weight))}\n           A: {scored.SpanA.Of(a[scored.A])}\n           B: {scored.SpanB.Of(b[scored.B])}");
        }

        var at = a.FindIndex(p => p.Contains(pair.A.Text, StringComparison.Ordinal));
        var with = alignment.Pairs.Where(p => p.A == at && Covers(a[p.A], p.SpanA, [pair.A.Text])).ToList();
        foreach (var p in with.Where(p => p != hit))
        {
            Console.WriteLine($"         A paired instead with: {Cut(p.SpanB.Of(b[p.B]))} ({p.Similarity.ToString("0.000", CultureInfo.InvariantCulture)})");
        }

        if (hit is not null)
        {
            Console.WriteLine($"         shared: {string.Join(", ", hit.Shared.Take(8).Select(s => s.InA == s.InB ? s.InA : $"{s.InA}/{s.InB}"))}");
        }
    }

    // The unit the aligner paired overlaps the passage the reader marked. The seeds' pairs name whole paragraphs by
    // their opening words (as the unit tests do), so there any unit of the paragraph counts.
    private static bool Covers(string paragraph, TextSpan span, IEnumerable<string> texts) =>
        texts.Any(text => paragraph.IndexOf(text, StringComparison.Ordinal) is var at and >= 0
            && ((at == 0 && text.Length < paragraph.Length && IsSeedPrefix(text)) || (at < span.End && at + text.Length > span.Start)));

    private static bool IsSeedPrefix(string text) => SeedPrefixes.Contains(text);

    private static readonly HashSet<string> SeedPrefixes = new(StringComparer.Ordinal);

    private static string Cut(string text) => text.Length <= 90 ? text : text[..90] + "…";

    private static AlignerOptions Options(string[] args)
    {
        var options = new AlignerOptions();
        foreach (var arg in args)
        {
            var (name, value) = arg.Split('=') is [var n, var v] ? (n, v) : ("", "");
            options = name switch
            {
                "threshold" => options with { Threshold = double.Parse(value, CultureInfo.InvariantCulture) },
                "mutual" => options with { MutualThreshold = double.Parse(value, CultureInfo.InvariantCulture) },
                "long" => options with { LongPassageWords = int.Parse(value, CultureInfo.InvariantCulture) },
                "clause" => options with { LongSentenceWords = int.Parse(value, CultureInfo.InvariantCulture) },
                "minclause" => options with { MinClauseWords = int.Parse(value, CultureInfo.InvariantCulture) },
                "minshared" => options with { MinSharedTerms = int.Parse(value, CultureInfo.InvariantCulture) },
                "bigram" => options with { BigramWeight = double.Parse(value, CultureInfo.InvariantCulture) },
                _ => options,
            };
        }

        return options;
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
