using PeaceTalksTracker.Hosting;

var command = AppCommand.Parse(args);

// The content root is the build output (appsettings.json, wwwroot), not the working directory, so the app starts the
// same from any folder; relative data paths (seeds/, data/) are read from the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = command.HostArgs, ContentRootPath = AppContext.BaseDirectory });
if (command.Kind is AppCommandKind.Import or AppCommandKind.Feeds)
{
    ImportCommand.ConfigureLogging(builder.Configuration);
}

builder.AddPeaceTalksTracker();

var app = builder.Build();
app.UsePeaceTalksTracker();
return await app.RunPeaceTalksTrackerAsync(command);

// Exposed so WebApplicationFactory<Program> can host the app in tests.
public partial class Program;
