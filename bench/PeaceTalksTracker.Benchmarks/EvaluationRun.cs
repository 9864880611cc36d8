using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Hosting;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// <c>-- evaluate [CORPUS] [GOLD] [-v]</c>: imports a labelled corpus into a scratch store through the app's own importer
/// (the same services the <c>import</c> command uses), then scores what the tagging gave against a gold file in the format
/// of <c>../shared/gold/dev-labels.json</c>. Stakeholders the gold file never mentions (ones added to the codebook
/// after the labels were written) are neither right nor wrong: a quote the gold gives no stakeholder is right when the
/// tagger gives none or one the gold does not know. <c>-v</c> lists every miss.
/// </summary>
public static class EvaluationRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var verbose = args.Contains("-v");
        var positional = args.Skip(1).Where(a => a != "-v").ToList();
        var corpus = positional.Count > 0 ? positional[0] : Path.Combine("..", "shared", "corpora", "dev");
        var goldPath = positional.Count > 1 ? positional[1] : Path.Combine("..", "shared", "gold", "dev-labels.json");
        if (!Directory.Exists(corpus) || !File.Exists(goldPath))
        {
            Console.WriteLine($"evaluate: skipped, {Path.GetFullPath(corpus)} or {Path.GetFullPath(goldPath)} is absent (it lives in ../shared, outside the repository).");
            return 0;
        }

        var gold = Gold.Load(goldPath);
        var storePath = Path.Combine(Path.GetTempPath(), $"ptt-evaluate-{Environment.ProcessId}.db");
        try
        {
            var articles = await ImportAsync(corpus, storePath);
            var score = new Scorecard(gold, articles, verbose);
            score.Print();
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { storePath, storePath + "-wal", storePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>What the store holds for one imported file, keyed by the file name without its extension.</summary>
    internal sealed record StoredArticle(
        string Key, IReadOnlySet<string> Stakeholders, IReadOnlyList<StoredParagraph> Paragraphs, IReadOnlyList<Quote> Quotes);

    internal sealed record StoredParagraph(string Text, IReadOnlySet<string> Stakeholders, IReadOnlySet<string> Themes);

    private static async Task<Dictionary<string, StoredArticle>> ImportAsync(string corpus, string storePath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:" + PeaceTalksTrackerExtensions.ConnectionStringName] = $"Data Source={storePath}",
            ["Import:ImportSeedsOnStart"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.AddPeaceTalksTracker();
        await using var app = builder.Build();
        app.Services.GetRequiredService<StoreInitializer>().Initialize();
        await CodebookStartup.PrepareAsync(app.Services);
        var report = await app.Services.GetRequiredService<ArticleImporter>().ImportAsync([corpus]);
        Console.WriteLine($"Imported {Path.GetFullPath(corpus)} into a scratch store: {report.Summary}");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PeaceTalksDbContext>>().CreateDbContextAsync();
        var stored = await db.Articles
            .Include(a => a.Paragraphs).ThenInclude(p => p.Mentions)
            .Include(a => a.Paragraphs).ThenInclude(p => p.Themes)
            .Include(a => a.Quotes)
            .Include(a => a.Stakeholders)
            .AsSplitQuery()
            .ToListAsync();
        return stored.ToDictionary(
            a => Path.GetFileNameWithoutExtension(a.SourceFile),
            a => new StoredArticle(
                Path.GetFileNameWithoutExtension(a.SourceFile),
                a.Stakeholders.Select(s => s.StakeholderId).ToHashSet(),
                a.Paragraphs.OrderBy(p => p.Index)
                    .Select(p => new StoredParagraph(p.Text, p.Mentions.Select(m => m.StakeholderId).ToHashSet(), p.Themes.Select(t => t.ThemeId).ToHashSet()))
                    .ToList(),
                a.Quotes.OrderBy(q => q.ParagraphIndex).ThenBy(q => q.Id).ToList()));
    }

    /// <summary>The gold file: <c>articles</c>, <c>paragraphs</c> and <c>quotes</c>, as the corpora README describes them.</summary>
    internal sealed record Gold(
        Dictionary<string, GoldArticle> Articles, List<GoldParagraph> Paragraphs, List<GoldQuote> Quotes)
    {
        /// <summary>Every stakeholder id the labels speak of; tags outside it are ones the labeller's codebook lacked.</summary>
        public HashSet<string> Known { get; } = [.. Articles.Values.SelectMany(a => a.StakeholdersPresent.Concat(a.StakeholdersAbsent))];

        private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

        public static Gold Load(string path)
        {
            return JsonSerializer.Deserialize<Gold>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"{path} holds no labels");
        }
    }

    internal sealed record GoldArticle(List<string> StakeholdersPresent, List<string> StakeholdersAbsent, List<string> OtherActors);

    internal sealed record GoldParagraph(string Article, string Contains, List<string> Stakeholders, List<string> Required, List<string> Forbidden);

    internal sealed record GoldQuote(string Article, string Speaker, string? Stakeholder, string Contains);

    /// <summary>Text compared loosely: quote marks and dashes folded, runs of space collapsed, diacritics dropped.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                '’' or '‘' or '′' => '\'',
                '“' or '”' or '″' or '„' => '"',
                '–' or '—' => '-',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            };
            if (folded == ' ' && builder.Length > 0 && builder[^1] == ' ')
            {
                continue;
            }

            builder.Append(folded);
        }

        return builder.ToString().Trim();
    }
}
