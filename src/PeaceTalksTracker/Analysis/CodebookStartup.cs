using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Analysis;

/// <summary>The codebook file as read at start: the codebook, or why it could not be used.</summary>
public sealed record CodebookFileResult(string Path, Codebook? Codebook, string? Error);

/// <summary>
/// Decides at start which codebook is in force and brings the store's tags in line with it.
/// <list type="bullet">
/// <item>The file parses: it is in force. When its hash differs from the one in StoreSettings, the whole store is
/// re-tagged, then the hash and the file's text are kept there as the last good codebook (an interrupted re-tag
/// leaves the old hash, so the next start re-tags again).</item>
/// <item>The file does not parse: the error (with its line) is logged and the app keeps serving with the last good
/// codebook kept in the store, so the store keeps its tags and new imports are tagged the same way. A store that
/// never had one uses the codebook built into the app.</item>
/// </list>
/// The <c>retag</c> command instead fails on a bad file, and re-tags every article.
/// </summary>
public static partial class CodebookStartup
{
    public const string CodebookHashKey = "Analysis.CodebookHash";
    public const string CodebookTextKey = "Analysis.Codebook";

    public static CodebookFileResult ReadConfiguredFile(AnalysisOptions options)
    {
        var path = options.ResolveCodebookPath();
        try
        {
            return new CodebookFileResult(path, CodebookLoader.LoadFile(path), null);
        }
        catch (CodebookException ex)
        {
            return new CodebookFileResult(path, null, ex.Message);
        }
    }

    /// <summary>The codebook compiled into the app, from the same file as the repo's; the last resort.</summary>
    public static Codebook BuiltIn()
    {
        using var stream = typeof(CodebookStartup).Assembly.GetManifestResourceStream("PeaceTalksTracker.Analysis.codebook.json")
            ?? throw new InvalidOperationException("The built-in codebook resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return CodebookLoader.Parse(reader.ReadToEnd(), "built into the app");
    }

    /// <summary>Serve and import: settle the codebook in force and re-tag what was tagged with another one.</summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var file = services.GetRequiredService<CodebookFileResult>();
        var provider = services.GetRequiredService<CodebookProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CodebookStartup));
        var dbFactory = services.GetRequiredService<IDbContextFactory<PeaceTalksDbContext>>();

        if (file.Codebook is null)
        {
            LogBadCodebook(logger, file.Error!);
            var stored = await ReadSettingAsync(dbFactory, CodebookTextKey, cancellationToken);
            if (stored is not null)
            {
                try
                {
                    provider.Replace(CodebookLoader.Parse(stored, "kept in the store"));
                    LogKeepingLastGood(logger, provider.Current.Hash);
                }
                catch (CodebookException ex)
                {
                    LogBadCodebook(logger, ex.Message);
                    provider.Replace(BuiltIn());
                }
            }
            else
            {
                provider.Replace(BuiltIn());
                LogUsingBuiltIn(logger, provider.Current.Hash);
            }
        }
        else
        {
            provider.Replace(file.Codebook);
        }

        // The stored hash, not a scan of the articles: checking 100,000 rows on every start would read all their text.
        if (await ReadSettingAsync(dbFactory, CodebookHashKey, cancellationToken) != provider.Current.Hash)
        {
            LogRetagging(logger, provider.Current.Hash);
            await services.GetRequiredService<StoreRetagger>().RetagAsync(cancellationToken);
            await SaveLastGoodAsync(dbFactory, provider.Current, cancellationToken);
        }
    }

    /// <summary>The <c>retag</c> command: re-tag every article with the file's codebook, or fail with its error.</summary>
    public static async Task<int> RetagCommandAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var file = services.GetRequiredService<CodebookFileResult>();
        if (file.Codebook is null)
        {
            await Console.Error.WriteLineAsync(file.Error);
            await Console.Error.WriteLineAsync("Nothing was re-tagged: the store keeps its last good tags.");
            return 1;
        }

        services.GetRequiredService<CodebookProvider>().Replace(file.Codebook);
        var count = await services.GetRequiredService<StoreRetagger>().RetagAsync(cancellationToken);
        await SaveLastGoodAsync(services.GetRequiredService<IDbContextFactory<PeaceTalksDbContext>>(), file.Codebook, cancellationToken);
        Console.WriteLine($"Re-tagged {count} articles with codebook {file.Path} ({file.Codebook.Hash}).");
        return 0;
    }

    // The two settings are read and written in plain SQL: EF Core's first query and first save compile their pipelines,
    // a few hundred milliseconds of every start spent before an import could begin.
    private static async Task<string?> ReadSettingAsync(IDbContextFactory<PeaceTalksDbContext> dbFactory, string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """SELECT "Value" FROM "StoreSettings" WHERE "Key" = $key""";
        AddParameter(command, "$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task SaveLastGoodAsync(IDbContextFactory<PeaceTalksDbContext> dbFactory, Codebook codebook, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (key, value) in new[] { (CodebookHashKey, codebook.Hash), (CodebookTextKey, codebook.Source) })
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO "StoreSettings" ("Key", "Value") VALUES ($key, $value)
                ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
                """;
            AddParameter(command, "$key", key);
            AddParameter(command, "$value", value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The codebook cannot be used, so tags are left as they are: {Reason}")]
    private static partial void LogBadCodebook(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Keeping the last good codebook {CodebookHash} from the store, and its tags, until the file is fixed")]
    private static partial void LogKeepingLastGood(ILogger logger, string codebookHash);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was tagged with another codebook (or none): re-tagging it with {CodebookHash}")]
    private static partial void LogRetagging(ILogger logger, string codebookHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No last good codebook in the store: using the codebook built into the app ({CodebookHash})")]
    private static partial void LogUsingBuiltIn(ILogger logger, string codebookHash);
}
