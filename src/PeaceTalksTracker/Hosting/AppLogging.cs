using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PeaceTalksTracker.Hosting;

/// <summary>Where the console logs go and in what shape (<c>Logs</c> section); levels, overrides and any other sink stay in <c>Serilog</c>.</summary>
public sealed class LogOptions
{
    public const string SectionName = "Logs";

    public const string DefaultTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary><c>text</c> (one readable line per event) or <c>compact-json</c> (one CLEF object per line, for a log shipper).</summary>
    public string Format { get; set; } = "text";

    public string OutputTemplate { get; set; } = DefaultTemplate;

    /// <summary>Events at this level and above go to stderr; the import command sends all of them there, keeping stdout for its own lines.</summary>
    public LogEventLevel? StandardErrorFromLevel { get; set; }

    public bool IsCompactJson => string.Equals(Format, "compact-json", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Serilog through Serilog.AspNetCore: a bootstrap logger for what fails before the host is built, then the configured one.</summary>
public static class AppLogging
{
    public const string RequestTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

    /// <summary>Logs start-up failures (configuration that does not bind, a host that does not build) until the configured logger replaces it.</summary>
    public static void StartBootstrapLogger() =>
        Log.Logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Warning)
            .CreateBootstrapLogger();

    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LogOptions>().BindConfiguration(LogOptions.SectionName);

        // preserveStaticLogger: each host gets its own logger from its own configuration (tests host several apps in one
        // process); the static bootstrap logger stays for start-up failures only.
        builder.Services.AddSerilog((services, logger) => Configure(logger, builder.Configuration), preserveStaticLogger: true);
        return builder;
    }

    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        var options = configuration.GetSection(LogOptions.SectionName).Get<LogOptions>() ?? new LogOptions();
        logger.ReadFrom.Configuration(configuration).Enrich.FromLogContext();
        var stderrFrom = options.StandardErrorFromLevel;
        return options.IsCompactJson
            ? logger.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: stderrFrom)
            : logger.WriteTo.Console(outputTemplate: options.OutputTemplate, formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: stderrFrom);
    }

    /// <summary>One event per request (method, path, status, elapsed), outermost so that it sees the final status.</summary>
    public static IApplicationBuilder UseAppRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger: left unset, the middleware would write through the static (bootstrap) logger.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestTemplate;
            options.GetLevel = (context, _, exception) => LevelFor(context.Response.StatusCode, exception);
        });

    /// <summary>Server errors are errors, refused requests (404, 405, 429…) warnings, the rest information.</summary>
    public static LogEventLevel LevelFor(int statusCode, Exception? exception) =>
        exception is not null || statusCode >= 500 ? LogEventLevel.Error
        : statusCode >= 400 ? LogEventLevel.Warning
        : LogEventLevel.Information;
}
