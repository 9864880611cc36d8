using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Analysis;

/// <summary>The codebook file as read at start: the codebook, or why it could not be used.</summary>
public sealed record CodebookFileResult(string Path, Codebook? Codebook, string? Error);

/// <summary>
/// Decides at start which codebook is in force and brings the store's tags in line with it.
/// <list type="bullet">
/// <item>The file parses: it is in force; articles tagged with another codebook are re-tagged, and the file's text is
/// kept in StoreSettings as the last good codebook.</item>
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

        await services.GetRequiredService<StoreRetagger>().RetagAsync(all: false, cancellationToken);
        await SaveLastGoodAsync(dbFactory, provider.Current, cancellationToken);
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
        var count = await services.GetRequiredService<StoreRetagger>().RetagAsync(all: true, cancellationToken);
        await SaveLastGoodAsync(services.GetRequiredService<IDbContextFactory<PeaceTalksDbContext>>(), file.Codebook, cancellationToken);
        Console.WriteLine($"Re-tagged {count} articles with codebook {file.Path} ({file.Codebook.Hash}).");
        return 0;
    }

    private static async Task<string?> ReadSettingAsync(IDbContextFactory<PeaceTalksDbContext> dbFactory, string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.StoreSettings.Where(s => s.Key == key).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
    }

    private static async Task SaveLastGoodAsync(IDbContextFactory<PeaceTalksDbContext> dbFactory, Codebook codebook, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.StoreSettings.AsTracking()
            .Where(s => s.Key == CodebookHashKey || s.Key == CodebookTextKey)
            .ToDictionaryAsync(s => s.Key, cancellationToken);
        Set(CodebookHashKey, codebook.Hash);
        Set(CodebookTextKey, codebook.Source);
        await db.SaveChangesAsync(cancellationToken);

        void Set(string key, string value)
        {
            if (settings.TryGetValue(key, out var setting))
            {
                setting.Value = value;
            }
            else
            {
                db.StoreSettings.Add(new StoreSetting { Key = key, Value = value });
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The codebook cannot be used, so tags are left as they are: {Reason}")]
    private static partial void LogBadCodebook(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Keeping the last good codebook {CodebookHash} from the store, and its tags, until the file is fixed")]
    private static partial void LogKeepingLastGood(ILogger logger, string codebookHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No last good codebook in the store: using the codebook built into the app ({CodebookHash})")]
    private static partial void LogUsingBuiltIn(ILogger logger, string codebookHash);
}
