using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Cleaning;
using PeaceTalksTracker.Intake.Extraction.Html;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// <c>-- html-eval [folder] [--worst N] [--show PAGE] [--baseline]</c>: runs the HTML extractor over a folder of saved pages (default
/// <c>../shared/corpora/html-dev</c>: one folder per page holding source.html, expected.html and expected-metadata.json)
/// and prints the body's 4-word-shingle precision, recall and F1 against expected.html's text (mean over pages), the
/// title, byline, site name, published time and language accuracy, and pages per second; then the same after the
/// cleaning stage (what the store keeps: junk and captions out, outlet and date chosen), with the pages cleaning
/// flagged as not articles — every page of this set is an article, so each flag is a false alarm.
/// </summary>
/// <remarks>
/// The extracted text is every body block (headings, paragraphs, list items, tables); the caption is not body, so a
/// page whose expected article includes its figure captions loses a little recall for them (printed separately).
/// </remarks>
public static partial class HtmlEvaluation
{
    public static int Run(string[] args)
    {
        var worstIndex = Array.IndexOf(args, "--worst");
        var showIndex = Array.IndexOf(args, "--show");
        var worst = worstIndex >= 0 ? int.Parse(args[worstIndex + 1], CultureInfo.InvariantCulture) : 0;
        var folder = args.Where((a, i) => i > 0 && !a.StartsWith("--", StringComparison.Ordinal) && i != worstIndex + 1 && (showIndex < 0 || i != showIndex + 1)).FirstOrDefault()
            ?? Path.Combine("..", "shared", "corpora", "html-dev");
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"html-eval: skipped, {folder} is absent");
            return 0;
        }

        if (showIndex >= 0)
        {
            // Prints one page's extraction, block by block, to see where it differs from the expected article.
            var shown = new HtmlExtractor().Extract(new SourceDocument("show", File.ReadAllText(Path.Combine(folder, args[showIndex + 1], "source.html")), DocumentFormat.Html));
            Console.WriteLine($"title: {shown.Headline}\nauthor: {shown.Author}\ncaption: {shown.Caption} [{shown.CaptionCredit}]\npage: {shown.Page}");
            if (args.Contains("--raw"))
            {
                Console.WriteLine(SmartReader.Reader.ParseArticle("https://saved-page.invalid/", File.ReadAllText(Path.Combine(folder, args[showIndex + 1], "source.html")), null).Content);
            }

            foreach (var block in shown.Blocks)
            {
                Console.WriteLine($"[{block.Kind}] {block.Text}");
            }

            var kept = new ArticleCleaner(ArticleCleaner.DefaultRules()).Clean(shown);
            Console.WriteLine($"cleaning: outlet {kept.Outlet}, date {kept.PublishedOn} ({kept.DateSource}), flag {kept.QualityReason}");
            foreach (var removed in kept.RemovedTexts)
            {
                Console.WriteLine($"  removed ({removed.Kind}) {removed.Text}");
            }

            return 0;
        }

        var pages = Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, "source.html"))).Order(StringComparer.Ordinal).ToList();
        var extractor = new HtmlExtractor();
        var parser = new HtmlParser();
        var rows = new List<Row>();
        var sources = pages.Select(p => File.ReadAllText(Path.Combine(p, "source.html"))).ToList();

        // Warm-up (JIT) on the first page, then everything timed once.
        extractor.Extract(new SourceDocument("warm-up", sources[0], DocumentFormat.Html));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var parsed = sources.Select((s, i) => extractor.Extract(new SourceDocument(Path.Combine(pages[i], "source.html"), s, DocumentFormat.Html))).ToList();
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        // SmartReader alone (its text of the main content, no blocks, no edges trimmed), for comparison.
        var baseline = args.Contains("--baseline")
            ? sources.Select(s => SmartReader.Reader.ParseArticle("https://saved-page.invalid/", s, null).TextContent ?? "").ToList()
            : null;
        var cleaner = new ArticleCleaner(ArticleCleaner.DefaultRules());
        var cleaned = parsed.Select(cleaner.Clean).ToList();
        var cleanedRows = new List<Row>();
        var baselineF1 = new List<double>();
        for (var i = 0; i < pages.Count; i++)
        {
            var expectedHtml = parser.ParseDocument(File.ReadAllText(Path.Combine(pages[i], "expected.html")));
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(pages[i], "expected-metadata.json")));
            var expected = metadata.RootElement;
            var article = parsed[i];
            var expectedShingles = Shingles(expectedHtml.Body?.TextContent ?? "");
            if (baseline is not null)
            {
                var (p, r) = Overlap(Shingles(baseline[i]), expectedShingles);
                baselineF1.Add(p + r == 0 ? 0 : 2 * p * r / (p + r));
            }

            var page = Path.GetFileName(pages[i]);
            rows.Add(Score(page, article, article.Page.SiteName, SameTime(article.Page.Published, Text(expected, "publishedTime")), expected, expectedShingles));
            var stored = cleaned[i];
            var storedDate = stored.PublishedOn is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
            cleanedRows.Add(Score(page, stored, stored.Outlet, SameTime(storedDate, DayOf(Text(expected, "publishedTime"))), expected, expectedShingles));
            if (args.Contains("--misses"))
            {
                // What is stored against what the page's expected metadata says, field by field, for each miss.
                var row = cleanedRows[^1];
                PrintMiss(page, "title", !row.Title, stored.Headline, Text(expected, "title"));
                PrintMiss(page, "byline", !row.Byline, stored.Author, Text(expected, "byline"));
                PrintMiss(page, "outlet", !row.SiteName, stored.Outlet, Text(expected, "siteName"));
                PrintMiss(page, "date", !row.Published, stored.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DayOf(Text(expected, "publishedTime")));
            }
        }

        var f1 = rows.Average(r => r.F1);
        Console.WriteLine($"html-eval over {rows.Count} pages in {folder}");
        Console.WriteLine($"body (4-word shingles, mean over pages): precision {rows.Average(r => r.Precision):0.000}, recall {rows.Average(r => r.Recall):0.000}, F1 {f1:0.000}");
        if (baseline is not null)
        {
            Console.WriteLine($"SmartReader alone (its TextContent): F1 {baselineF1.Average():0.000}");
        }

        Console.WriteLine($"metadata accuracy: title {Share(rows, r => r.Title)}, byline {Share(rows, r => r.Byline)}, siteName {Share(rows, r => r.SiteName)}, publishedTime {Share(rows, r => r.Published)}, lang {Share(rows, r => r.Language)}");
        Console.WriteLine($"after cleaning (what is stored): body precision {cleanedRows.Average(r => r.Precision):0.000}, recall {cleanedRows.Average(r => r.Recall):0.000}, F1 {cleanedRows.Average(r => r.F1):0.000}; "
            + $"title {Share(cleanedRows, r => r.Title)}, outlet = siteName {Share(cleanedRows, r => r.SiteName)}, date (day) {Share(cleanedRows, r => r.Published)}");
        var flagged = cleaned.Select((a, i) => (a, i)).Where(x => x.a.QualityFlag is not null).ToList();
        Console.WriteLine($"flagged as not an article: {flagged.Count} of {cleaned.Count} (every page here is an article)");
        foreach (var (a, i) in flagged)
        {
            Console.WriteLine($"  {Path.GetFileName(pages[i]),-50} {a.QualityReason}");
        }

        // The pages cleaning costs most, to see which rule takes what the expected article keeps.
        foreach (var (row, i) in cleanedRows.Select((r, i) => (r, i)).Where(x => rows[x.i].F1 - x.r.F1 > 0.02).OrderBy(x => x.r.F1 - rows[x.i].F1).Take(worst))
        {
            Console.WriteLine($"  cleaning cost {row.Page,-40} F1 {rows[i].F1:0.000} -> {row.F1:0.000}");
        }

        Console.WriteLine($"speed: {rows.Count / clock.Elapsed.TotalSeconds:0.0} pages/s ({clock.Elapsed.TotalMilliseconds:0} ms, one thread, warm; {rows.Count / cpu.TotalSeconds:0.0} pages per CPU second)");
        foreach (var (row, i) in rows.Select((r, i) => (r, i)).OrderBy(r => r.r.F1).Take(worst))
        {
            var alone = baseline is null ? "" : $" (SmartReader alone {baselineF1[i]:0.000})";
            Console.WriteLine($"  {row.Page,-50} P {row.Precision:0.000} R {row.Recall:0.000} F1 {row.F1:0.000}{alone}");
        }

        return 0;
    }

    /// <summary>One page's row: its body against the expected text, and its metadata against the expected values.</summary>
    private static Row Score(string page, ParsedArticle article, string? outlet, bool sameDate, JsonElement expected, HashSet<string> expectedShingles)
    {
        var (precision, recall) = Overlap(Shingles(string.Join('\n', article.Blocks.Select(b => b.Text))), expectedShingles);
        return new Row(
            page,
            precision,
            recall,
            Same(article.Headline, Text(expected, "title")),
            Same(article.Author, Text(expected, "byline")),
            Same(outlet, Text(expected, "siteName")),
            sameDate,
            Same(article.Page.Language, Text(expected, "lang")));
    }

    private static void PrintMiss(string page, string field, bool missed, string? ours, string? expected)
    {
        if (missed)
        {
            Console.WriteLine($"  miss {page,-40} {field,-6} ours [{ours}] expected [{expected}]");
        }
    }

    private static string Share(List<Row> rows, Func<Row, bool> right) => $"{rows.Count(right) / (double)rows.Count:0.000}";

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Same(string? ours, string? expected) =>
        string.Equals(Normal(ours), Normal(expected), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string? text) => text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool SameTime(DateTimeOffset? ours, string? expected)
    {
        if (string.IsNullOrWhiteSpace(expected))
        {
            return ours is null;
        }

        return ours is not null && DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) && date == ours;
    }

    /// <summary>The stored date is a day: the expected time is compared as the day it names.</summary>
    private static string? DayOf(string? time) =>
        DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : time;

    private static HashSet<string> Shingles(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.GetRange(i, 4)));
        }

        if (words.Count is > 0 and < 4)
        {
            shingles.Add(string.Join(' ', words));
        }

        return shingles;
    }

    private static (double Precision, double Recall) Overlap(HashSet<string> ours, HashSet<string> expected)
    {
        if (ours.Count == 0 && expected.Count == 0)
        {
            return (1, 1);
        }

        var common = ours.Count(expected.Contains);
        return (ours.Count == 0 ? 0 : common / (double)ours.Count, expected.Count == 0 ? 0 : common / (double)expected.Count);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    private sealed record Row(string Page, double Precision, double Recall, bool Title, bool Byline, bool SiteName, bool Published, bool Language)
    {
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }
}
