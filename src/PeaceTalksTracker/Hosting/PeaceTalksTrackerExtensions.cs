using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Api;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Comparison;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Storage;
using PeaceTalksTracker.Outlets;
using PeaceTalksTracker.Search;

namespace PeaceTalksTracker.Hosting;

/// <summary>Every service and every piece of middleware the app uses, in one place.</summary>
public static class PeaceTalksTrackerExtensions
{
    public const string ConnectionStringName = "PeaceTalks";

    public static WebApplicationBuilder AddPeaceTalksTracker(this WebApplicationBuilder builder)
    {
        builder.AddAppLogging();

        builder.WebHost.ConfigureKestrel(options => RequestLimits.Apply(options.Limits));
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName);

        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=data/peacetalks.db";
        builder.Services.AddDbContextFactory<PeaceTalksDbContext>(options => options
            .UseSqlite(connectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            // Before migrating, EF Core would rebuild the model from the migrations' snapshot and compare the two, to warn
            // of a model change without a migration: a few hundred milliseconds of every new store's first start. The
            // same check is a test (StoreSchemaTests), where a missing migration is a developer's mistake to catch.
            .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning)));
        builder.Services.AddSingleton(new StoreVersion(connectionString));
        builder.Services.AddPageCaching(builder.Configuration);
        builder.Services.AddSingleton(sp => new StoreInitializer(
            connectionString, sp.GetRequiredService<ILogger<StoreInitializer>>(), sp.GetRequiredService<DbContextOptions<PeaceTalksDbContext>>()));

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddIntake();
        builder.Services.AddAnalysis();
        builder.Services.AddSingleton<ArticleImporter>();
        builder.Services.AddSingleton<ArticleRenderer>();
        builder.Services.AddComparison();

        builder.Services.AddBrowse();
        builder.Services.AddSearch();
        builder.Services.AddOutlets();
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new ReExecutedPageHandlerFilter());

            // The search page costs what the search API costs: the same limit per client (README, Configuration).
            options.Conventions.AddPageApplicationModelConvention("/Search/Index", page =>
                page.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(SearchApi.RateLimitPolicy)));
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddAppHealthChecks();
        builder.Services.AddOpenApi(OpenApiConventions.Configure);
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        return builder;
    }

    public static WebApplication UsePeaceTalksTracker(this WebApplication app)
    {
        app.UseAppRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        app.UseApiProblemDetails();
        app.UseQueryLengthLimit();
        app.UseHeadAsGet();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseMethodNotAllowed();
        app.UseRateLimiter();
        app.UsePageCaching();

        app.MapAppHealthChecks();
        app.MapOpenApi();
        app.MapArticlesApi();
        app.MapBrowse();
        app.MapSearchApi();
        app.MapCodebookApi();
        app.MapCompareApi();
        app.MapOutletsApi();
        app.MapFeedsApi();
        app.MapRazorPages().CacheOutput(PageCaching.PolicyName);
        return app;
    }

    public static async Task<int> RunPeaceTalksTrackerAsync(this WebApplication app, AppCommand command)
    {
        var store = app.Services.GetRequiredService<StoreInitializer>();
        try
        {
            store.Initialize();
            if (command.Kind == AppCommandKind.Retag)
            {
                return await CodebookStartup.RetagCommandAsync(app.Services);
            }

            await CodebookStartup.PrepareAsync(app.Services);
            if (command.Kind == AppCommandKind.Feeds)
            {
                return await FeedsCommand.RunAsync(app.Services, command);
            }

            if (command.Kind == AppCommandKind.Import)
            {
                return await ImportCommand.RunAsync(app.Services, command.Paths, command.UrlLists);
            }

            await ImportSeedsAsync(app);
        }
        catch (StoreUnavailableException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (SqliteException ex)
        {
            // The store opened, then writes failed (another program holds a write lock, the disk is full):
            // the same one-line explanation, not a stack trace.
            await Console.Error.WriteLineAsync(store.Explain(ex));
            return 1;
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException inner)
        {
            await Console.Error.WriteLineAsync(store.Explain(inner));
            return 1;
        }

        await app.RunAsync();
        return 0;
    }

    private static async Task ImportSeedsAsync(WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ImportOptions>>().Value;
        if (!options.ImportSeedsOnStart)
        {
            return;
        }

        if (!Directory.Exists(options.SeedsPath))
        {
            app.Logger.LogWarning("Seeds folder {SeedsPath} not found; nothing imported on start", Path.GetFullPath(options.SeedsPath));
            return;
        }

        try
        {
            await app.Services.GetRequiredService<ArticleImporter>().ImportAsync([options.SeedsPath]);
        }
        catch (Exception ex) when (StoreFailure.StoreError(ex) is { } error)
        {
            // The store can be read but not written (another program holds the write lock, the disk is full, the file
            // is read-only): serve what it holds rather than not start at all.
            var reason = app.Services.GetRequiredService<StoreInitializer>().Explain(error);
            app.Logger.LogWarning("Start-up import of {SeedsPath} stopped; serving what the store holds. {Reason}", Path.GetFullPath(options.SeedsPath), reason);
        }
    }
}
