using PeaceTalksTracker.Hosting;
using Serilog;

AppLogging.StartBootstrapLogger();
try
{
    var command = AppCommand.Parse(args);
    if (command.AnswerWithoutHost() is { } exitCode)
    {
        return exitCode;
    }

    // The content root is the build output (appsettings.json, wwwroot), not the working directory, so the app starts the
    // same from any folder; relative data paths (seeds/, data/) are read from the working directory.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.HostArgs, ContentRootPath = AppContext.BaseDirectory });
    if (command.Kind is AppCommandKind.Import or AppCommandKind.Feeds)
    {
        ImportCommand.ConfigureLogging(builder.Configuration);
    }

    builder.AddPeaceTalksTracker();

    var app = builder.Build();
    // The pipeline and its endpoints only for the server: a command that imports and exits would build them for nothing
    // (a tenth of its start).
    if (command.Kind == AppCommandKind.Serve)
    {
        app.UsePeaceTalksTracker();
    }

    return await app.RunPeaceTalksTrackerAsync(command);
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    // What fails before the configured logger exists (configuration that does not bind, a host that does not build).
    Log.Fatal(ex, "PeaceTalksTracker could not start");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

// Exposed so WebApplicationFactory<Program> can host the app in tests.
public partial class Program;
