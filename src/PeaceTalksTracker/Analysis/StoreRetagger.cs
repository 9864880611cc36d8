using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Analysis;

/// <summary>
/// Re-tags stored articles from their stored paragraphs, without re-importing their files: mentions, paragraph themes,
/// quotes and profiles are replaced batch by batch, one transaction per batch, so readers see each article either with
/// its old tags or with its new ones. Plain prepared SQL rather than EF change tracking: at 100,000 articles it writes
/// millions of rows.
/// </summary>
public sealed partial class StoreRetagger(
    IDbContextFactory<PeaceTalksDbContext> dbFactory,
    CodebookProvider codebooks,
    IOptions<AnalysisOptions> options,
    ILogger<StoreRetagger> logger)
{
    /// <summary>Re-tags every article with the codebook in force.</summary>
    /// <returns>How many articles were re-tagged.</returns>
    public async Task<int> RetagAsync(CancellationToken cancellationToken = default)
    {
        var tagger = codebooks.Tagger;
        var hash = tagger.Codebook.Hash;
        var batchSize = Math.Max(1, options.Value.RetagBatchSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var total = 0;
        var lastId = 0;
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var ids = await NextBatchAsync(connection, transaction, lastId, batchSize, cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            var idsJson = JsonSerializer.Serialize(ids);
            var articles = await ReadParagraphsAsync(connection, transaction, idsJson, cancellationToken);
            var tagged = new ArticleTags[articles.Count];
            Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken },
                i => tagged[i] = ArticleAnalyzer.Tag(tagger, articles[i].Paragraphs, articles[i].Title));

            await ReplaceTagsAsync(connection, transaction, idsJson, hash, articles, tagged, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            total += ids.Count;
            lastId = ids[^1];
            LogBatch(total);
        }

        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogRetagged(total, hash, seconds);
        return total;
    }

    private static async Task<List<int>> NextBatchAsync(
        DbConnection connection, DbTransaction transaction, int lastId, int batchSize, CancellationToken cancellationToken)
    {
        // Only the rowid: the article rows themselves (with their full text) are never read.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT "Id" FROM "Articles" WHERE "Id" > $last ORDER BY "Id" LIMIT $size""";
        Add(command, "$last", lastId);
        Add(command, "$size", batchSize);
        var ids = new List<int>(batchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    private static async Task<List<StoredArticle>> ReadParagraphsAsync(
        DbConnection connection, DbTransaction transaction, string idsJson, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT p."ArticleId", p."Id", p."Index", p."Text", p."WordCount", p."Heading", CASE WHEN a."TitleIsDerived" THEN NULL ELSE a."Title" END
            FROM "Paragraphs" AS p JOIN "Articles" AS a ON a."Id" = p."ArticleId"
            WHERE p."ArticleId" IN (SELECT value FROM json_each($ids))
            ORDER BY p."ArticleId", p."Index"
            """;
        Add(command, "$ids", idsJson);
        var articles = new List<StoredArticle>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var articleId = reader.GetInt32(0);
            if (articles.Count == 0 || articles[^1].Id != articleId)
            {
                articles.Add(new StoredArticle(articleId, [], [], reader.IsDBNull(6) ? null : reader.GetString(6)));
            }

            articles[^1].ParagraphIds.Add(reader.GetInt32(1));
            articles[^1].Paragraphs.Add(new ParagraphInput(reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return articles;
    }

    private static async Task ReplaceTagsAsync(
        DbConnection connection, DbTransaction transaction, string idsJson, string hash,
        List<StoredArticle> articles, ArticleTags[] tagged, CancellationToken cancellationToken)
    {
        const string Ids = "(SELECT value FROM json_each($ids))";
        foreach (var sql in new[]
        {
            $"""DELETE FROM "Mentions" WHERE "ParagraphId" IN (SELECT "Id" FROM "Paragraphs" WHERE "ArticleId" IN {Ids})""",
            $"""DELETE FROM "ParagraphThemes" WHERE "ParagraphId" IN (SELECT "Id" FROM "Paragraphs" WHERE "ArticleId" IN {Ids})""",
            $"""DELETE FROM "Quotes" WHERE "ArticleId" IN {Ids}""",
            $"""DELETE FROM "ArticleStakeholders" WHERE "ArticleId" IN {Ids}""",
            $"""DELETE FROM "ArticleThemes" WHERE "ArticleId" IN {Ids}""",
            $"""UPDATE "Articles" SET "CodebookHash" = $hash WHERE "Id" IN {Ids}""",
        })
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            Add(command, "$ids", idsJson);
            Add(command, "$hash", hash);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var mention = Prepare(connection, transaction,
            """INSERT INTO "Mentions" ("ParagraphId", "StakeholderId", "Start", "Length", "Text") VALUES ($p0, $p1, $p2, $p3, $p4)""", 5);
        await using var theme = Prepare(connection, transaction,
            """INSERT INTO "ParagraphThemes" ("ParagraphId", "ThemeId", "Score", "Evidence") VALUES ($p0, $p1, $p2, $p3)""", 4);
        await using var quote = Prepare(connection, transaction,
            """INSERT INTO "Quotes" ("ArticleId", "ParagraphIndex", "Speaker", "StakeholderId", "Text", "Role", "Method", "IsPhrase") VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)""", 8);
        await using var stakeholder = Prepare(connection, transaction,
            """INSERT INTO "ArticleStakeholders" ("ArticleId", "StakeholderId", "Mentions", "Paragraphs") VALUES ($p0, $p1, $p2, $p3)""", 4);
        await using var articleTheme = Prepare(connection, transaction,
            """INSERT INTO "ArticleThemes" ("ArticleId", "ThemeId", "Paragraphs", "Share") VALUES ($p0, $p1, $p2, $p3)""", 4);

        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            var tags = tagged[a];
            for (var p = 0; p < article.ParagraphIds.Count; p++)
            {
                foreach (var m in tags.Paragraphs[p].Mentions)
                {
                    await Run(mention, cancellationToken, article.ParagraphIds[p], m.StakeholderId, m.Start, m.Length, m.Text);
                }

                foreach (var t in tags.Paragraphs[p].Themes)
                {
                    await Run(theme, cancellationToken, article.ParagraphIds[p], t.ThemeId, t.Score, string.Join('|', t.Evidence));
                }
            }

            foreach (var q in tags.Quotes)
            {
                await Run(quote, cancellationToken, article.Id, q.ParagraphIndex, q.Quote.Speaker, q.Quote.StakeholderId, q.Quote.Text,
                    q.Quote.Role, q.Quote.Method.ToString(), q.Quote.IsPhrase);
            }

            foreach (var s in tags.Stakeholders)
            {
                await Run(stakeholder, cancellationToken, article.Id, s.StakeholderId, s.Mentions, s.Paragraphs);
            }

            foreach (var t in tags.Themes)
            {
                await Run(articleTheme, cancellationToken, article.Id, t.ThemeId, t.Paragraphs, t.Share);
            }
        }
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            Add(command, $"$p{i}", null);
        }

        command.Prepare();
        return command;
    }

    private static async Task Run(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private sealed record StoredArticle(int Id, List<int> ParagraphIds, List<ParagraphInput> Paragraphs, string? Title);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Re-tagged {Count} articles so far")]
    private partial void LogBatch(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-tagged {Count} articles with codebook {CodebookHash} in {Seconds:0.0} s")]
    private partial void LogRetagged(int count, string codebookHash, double seconds);
}
