using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>
/// <c>-- retag [copies]</c>: builds a store of the Reuters corpus copied <c>copies</c> times (5 copies ≈ 108,000 articles)
/// by bulk SQL, then times the re-tag a codebook change triggers: read every paragraph, tag, replace all tags.
/// </summary>
public static class RetagRun
{
    public static async Task RunAsync(int copies)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ptt-retag-bench-{Environment.ProcessId}.db");
        var connectionString = $"Data Source={path}";
        try
        {
            var clock = Stopwatch.StartNew();
            new StoreInitializer(connectionString, NullLogger<StoreInitializer>.Instance).Initialize();
            var articles = TaggingRun.LoadCorpus();
            var count = Fill(connectionString, articles, copies);
            Console.WriteLine($"Built a store of {count:N0} articles ({new FileInfo(path).Length / 1e6:N0} MB) in {clock.Elapsed.TotalSeconds:0.0} s (not counted)");

            var options = new DbContextOptionsBuilder<PeaceTalksDbContext>().UseSqlite(connectionString).Options;
            var retagger = new StoreRetagger(
                new PooledDbContextFactory<PeaceTalksDbContext>(options),
                new CodebookProvider(CodebookStartup.BuiltIn()),
                Options.Create(new AnalysisOptions()),
                NullLogger<StoreRetagger>.Instance);

            clock.Restart();
            var retagged = await retagger.RetagAsync();
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"Re-tagged {retagged:N0} articles in {seconds:0.0} s = {retagged / seconds:N0} articles/s (first tagging of an untagged store)");

            clock.Restart();
            retagged = await retagger.RetagAsync();
            seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"Re-tagged {retagged:N0} articles in {seconds:0.0} s = {retagged / seconds:N0} articles/s (replacing every tag, as after a codebook edit)");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static int Fill(string connectionString, List<List<ParagraphInput>> articles, int copies)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var drop = connection.CreateCommand())
        {
            // Search indexing is not what is measured, and would triple the time to build the store.
            drop.CommandText = """DROP TRIGGER "TR_Paragraphs_Insert_Search"; PRAGMA synchronous = OFF;""";
            drop.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var article = connection.CreateCommand();
        article.CommandText = """
            INSERT INTO "Articles" ("Slug", "Title", "TitleIsDerived", "BodyMarkdown", "WordCount", "OriginalText", "ContentHash", "SourceFile", "SourcePath", "ImportedAt", "UpdatedAt")
            VALUES ($slug, $title, 0, $body, $words, $body, 'bench', $file, $slug, 0, 0) RETURNING "Id"
            """;
        foreach (var name in new[] { "$slug", "$title", "$body", "$words", "$file" })
        {
            article.Parameters.Add(new SqliteParameter(name, null));
        }

        using var paragraph = connection.CreateCommand();
        paragraph.CommandText = """INSERT INTO "Paragraphs" ("ArticleId", "Index", "Text", "Kind", "WordCount") VALUES ($article, $index, $text, 0, $words)""";
        foreach (var name in new[] { "$article", "$index", "$text", "$words" })
        {
            paragraph.Parameters.Add(new SqliteParameter(name, null));
        }

        var count = 0;
        for (var copy = 0; copy < copies; copy++)
        {
            for (var a = 0; a < articles.Count; a++)
            {
                var paragraphs = articles[a];
                article.Parameters["$slug"].Value = $"reuters-{copy}-{a}";
                article.Parameters["$title"].Value = paragraphs.Count > 0 ? paragraphs[0].Text : "untitled";
                article.Parameters["$body"].Value = string.Join("\n\n", paragraphs.Select(p => p.Text));
                article.Parameters["$words"].Value = paragraphs.Sum(p => p.WordCount);
                article.Parameters["$file"].Value = $"{a:00000}.txt";
                var id = (long)article.ExecuteScalar()!;
                foreach (var p in paragraphs)
                {
                    paragraph.Parameters["$article"].Value = id;
                    paragraph.Parameters["$index"].Value = p.Index;
                    paragraph.Parameters["$text"].Value = p.Text;
                    paragraph.Parameters["$words"].Value = p.WordCount;
                    paragraph.ExecuteNonQuery();
                }

                count++;
            }
        }

        transaction.Commit();
        return count;
    }
}
