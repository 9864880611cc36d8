using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Search;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// Timed console mode for search over a large store: builds (once) a store of the Reuters stories imported N times over,
/// through a bulk SQL path rather than the importer (same tables, same FTS triggers), with synthetic stakeholder and theme
/// tags, quotes, outlets (50 names, a long tail) and dates so facets and filters have realistic work; then times SearchService and prints median/p95.
/// <c>dotnet run -c Release --project bench/PeaceTalksTracker.Benchmarks -- search-timing [copies=5] [store=PATH] [runs=30]</c>
/// </summary>
public static class SearchTiming
{
    private static readonly string[] StakeholderIds =
        ["ukraine", "russia", "united-states", "european-union", "nato", "united-nations", "turkey", "china", "united-kingdom", "canada", "australia"];

    private static readonly string[] ThemeIds =
        ["territory", "security-guarantees", "humanitarian", "domestic-politics", "economy-sanctions", "trust", "mediation", "battlefield", "international-order", "outlook"];

    /// <summary>
    /// 50 outlet names, drawn with a long tail (weight 1/rank) so the store has a few big outlets and many small ones,
    /// as real coverage does; the outlet pages are timed over them.
    /// </summary>
    internal static readonly string[] Outlets =
    [
        "Reuters", "Politico", "Al Jazeera", "BBC News", "The Guardian", "AP News", "Le Monde", "The Kyiv Independent", "CNN", "Financial Times",
        "The New York Times", "The Washington Post", "Bloomberg", "DW", "Euronews", "France 24", "NPR", "Axios", "The Economist", "Foreign Policy",
        "Kyiv Post", "Meduza", "TASS", "RFE/RL", "The Telegraph", "The Independent", "Der Spiegel", "El País", "Corriere della Sera", "NHK World",
        "CBC News", "ABC News", "Sky News", "Time", "Newsweek", "The Hill", "Fox News", "NBC News", "CBS News", "The Atlantic",
        "Ukrainska Pravda", "Novaya Gazeta Europe", "Gazeta Wyborcza", "Hürriyet Daily News", "South China Morning Post", "The Times of India",
        "The Japan Times", "Haaretz", "Anadolu Agency", "Chatham House",
    ];

    private static readonly string[] Speakers = ["Volodymyr Zelensky", "Vladimir Putin", "Marco Rubio", "Mark Rutte", "António Guterres", "Recep Tayyip Erdogan"];

    private static readonly string[] SpeakerStakeholders = ["ukraine", "russia", "united-states", "nato", "united-nations", "turkey"];

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = BenchSettings.Parse(args);
        var runs = settings.Int("runs", 30);
        var store = await PrepareStoreAsync(settings);
        var connectionString = $"Data Source={store}";

        var services = new ServiceCollection()
            .AddDbContextFactory<PeaceTalksDbContext>(o => o.UseSqlite(connectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking))
            .AddSingleton<SearchService>()
            .BuildServiceProvider();
        var search = services.GetRequiredService<SearchService>();
        var codebook = new Codebook
        {
            Stakeholders = [.. StakeholderIds.Select(id => new StakeholderCode { Id = id, Name = id })],
            Themes = [.. ThemeIds.Select(id => new ThemeCode { Id = id, Name = id })],
        };

        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT (SELECT count(*) FROM Articles), (SELECT count(*) FROM Paragraphs)";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            Console.WriteLine($"Store {store}: {reader.GetInt64(0):N0} articles, {reader.GetInt64(1):N0} paragraphs; {Environment.ProcessorCount} cores; {runs} runs per query after 3 warm-up runs");
        }

        string[] twoWord = ["oil prices", "trade deficit", "interest rates", "money supply", "crude oil", "stock exchange", "central bank", "wheat exports", "net loss", "share offer"];
        string[] other =
        [
            "\"interest rates\"", "export*", "oil prices stakeholder:russia", "oil prices theme:economy-sanctions stakeholder:nato",
            "oil prices outlet:reuters after:2025-01-01", "oil -opec", "stakeholder:nato", "dollar OR yen", "the", "said",
        ];

        // Wall time depends on what else the shared machine runs; CPU time of this process is the steadier figure.
        var all = new List<double>();
        var allCpu = new List<double>();
        Console.WriteLine($"{"query",-55} {"total",8} {"median",8} {"p95",8} {"cpu med",8} {"cpu p95",8}");
        var only = settings.GetValueOrDefault("only");
        foreach (var q in twoWord.Concat(other).Where(q => only is null || q == only))
        {
            var query = SearchQueryParser.Parse(q, codebook);
            SearchResult result = null!;
            var times = new List<double>();
            var cpu = new List<double>();
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i < runs + 3; i++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                result = await search.SearchAsync(query, 1, 20, SearchSort.Relevance, CancellationToken.None);
                watch.Stop();
                process.Refresh();
                if (i >= 3)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                }
            }

            if (twoWord.Contains(q))
            {
                all.AddRange(times);
                allCpu.AddRange(cpu);
            }

            Console.WriteLine($"{q,-55} {result.Total,8:N0} {Percentile(times, 0.5),8:F1} {Percentile(times, 0.95),8:F1} {Percentile(cpu, 0.5),8:F1} {Percentile(cpu, 0.95),8:F1}");
        }

        Console.WriteLine($"All two-word queries: median {Percentile(all, 0.5):F1} ms, p95 {Percentile(all, 0.95):F1} ms wall; " +
                          $"median {Percentile(allCpu, 0.5):F1} ms, p95 {Percentile(allCpu, 0.95):F1} ms CPU; load average {LoadAverage()}");
        return 0;
    }

    /// <summary>The benchmark store (<c>store=PATH</c>, or the Reuters ×<c>copies</c> one in the temp folder), built when missing.</summary>
    internal static async Task<string> PrepareStoreAsync(Dictionary<string, string> settings)
    {
        var copies = settings.Int("copies", 5);
        var store = settings.GetValueOrDefault("store", Path.Combine(Path.GetTempPath(), "ptt-search-bench", $"reuters-x{copies}.db"));
        var connectionString = $"Data Source={store}";
        if (!File.Exists(store))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(store)!);
            await BuildStoreAsync(connectionString, copies);
        }
        else
        {
            // A store built by an older build is brought up to the current schema in place, as the app would at start.
            var upgrade = Stopwatch.StartNew();
            new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize();
            Console.WriteLine($"Store at the latest migration after {upgrade.Elapsed.TotalSeconds:F1} s");
        }

        return store;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static async Task BuildStoreAsync(string connectionString, int copies)
    {
        var watch = Stopwatch.StartNew();
        new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize();
        var stories = ReutersCorpus.ReadStories().Select(s => (s.Name, Story: Split(s.Text))).Where(s => s.Story.Paragraphs.Count > 0).ToList();
        Console.WriteLine($"Read {stories.Count:N0} stories in {watch.Elapsed.TotalSeconds:F0} s; building {copies} copies");

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = OFF";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = connection.BeginTransaction();
        var article = Command(connection, transaction, """
            INSERT INTO Articles (Slug, Title, TitleIsDerived, Outlet, PublishedOn, BodyMarkdown, WordCount, OriginalText, ContentHash, SourceFile, SourcePath, ImportedAt, UpdatedAt)
            VALUES (@slug, @title, 0, @outlet, @date, @body, @words, @body, @hash, @file, @path, 0, 0) RETURNING Id
            """, "@slug", "@title", "@outlet", "@date", "@body", "@words", "@hash", "@file", "@path");
        var paragraph = Command(connection, transaction,
            "INSERT INTO Paragraphs (ArticleId, \"Index\", Heading, Text, Kind, WordCount) VALUES (@article, @index, NULL, @text, 0, @words)",
            "@article", "@index", "@text", "@words");
        var stakeholder = Command(connection, transaction,
            "INSERT INTO ArticleStakeholders (ArticleId, StakeholderId, Mentions, Paragraphs) VALUES (@article, @id, 1, 1)", "@article", "@id");
        var theme = Command(connection, transaction,
            "INSERT INTO ArticleThemes (ArticleId, ThemeId, Paragraphs, Share) VALUES (@article, @id, 1, 0.2)", "@article", "@id");
        var quote = Command(connection, transaction,
            "INSERT INTO Quotes (ArticleId, ParagraphIndex, Speaker, StakeholderId, Text) VALUES (@article, 0, @speaker, @id, 'We are ready to talk.')",
            "@article", "@speaker", "@id");
        var outletWeights = Enumerable.Range(1, Outlets.Length).Select(rank => 1.0 / rank).ToArray();

        var random = new Random(4);
        var start = new DateOnly(2024, 1, 1);
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var (name, story) in stories)
            {
                var body = string.Join("\n\n", story.Paragraphs);
                var slug = $"{copy}-{Path.GetFileNameWithoutExtension(name)}";
                Set(article, slug, story.Title, Outlets[Draw(random, outletWeights)], start.AddDays(random.Next(730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    body, body.Split(' ').Length, slug, name, $"/bench/{slug}");
                var id = (long)(await article.ExecuteScalarAsync())!;
                for (var i = 0; i < story.Paragraphs.Count; i++)
                {
                    Set(paragraph, id, i, story.Paragraphs[i], story.Paragraphs[i].Split(' ').Length);
                    await paragraph.ExecuteNonQueryAsync();
                }

                foreach (var s in StakeholderIds.Where(_ => random.NextDouble() < 0.25))
                {
                    Set(stakeholder, id, s);
                    await stakeholder.ExecuteNonQueryAsync();
                }

                foreach (var t in ThemeIds.Where(_ => random.NextDouble() < 0.3))
                {
                    Set(theme, id, t);
                    await theme.ExecuteNonQueryAsync();
                }

                if (random.NextDouble() < 0.3)
                {
                    var speaker = random.Next(Speakers.Length);
                    Set(quote, id, Speakers[speaker], SpeakerStakeholders[speaker]);
                    await quote.ExecuteNonQueryAsync();
                }
            }

            Console.WriteLine($"Copy {copy + 1} of {copies} written after {watch.Elapsed.TotalSeconds:F0} s");
        }

        await transaction.CommitAsync();
        await using (var optimize = connection.CreateCommand())
        {
            optimize.CommandText = "INSERT INTO ParagraphSearch(ParagraphSearch) VALUES ('optimize'); ANALYZE;";
            await optimize.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"Store built in {watch.Elapsed.TotalSeconds:F0} s");
    }

    private static int Draw(Random random, double[] weights)
    {
        var target = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static (string Title, List<string> Paragraphs) Split(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines.Skip(1))
        {
            if ((line.Length == 0 || line.StartsWith("    ", StringComparison.Ordinal)) && current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }

            if (line.Trim().Length > 0)
            {
                current.Append(current.Length > 0 ? " " : "").Append(line.Trim());
            }
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
        }

        return (lines[0].Trim(), paragraphs);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
