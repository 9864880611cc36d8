namespace PeaceTalksTracker.Hosting;

public enum AppCommandKind
{
    Serve,
    Import,
    Retag,
}

/// <summary>
/// The first bare word of the command line picks what the executable does (serve, import, retag);
/// the rest are import paths, and <c>--key value</c> options go to configuration as usual.
/// </summary>
public sealed record AppCommand(AppCommandKind Kind, IReadOnlyList<string> Paths, string[] HostArgs)
{
    public static AppCommand Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return new AppCommand(AppCommandKind.Serve, [], args);
        }

        var kind = args[0].ToLowerInvariant() switch
        {
            "import" => AppCommandKind.Import,
            "retag" => AppCommandKind.Retag,
            "serve" => AppCommandKind.Serve,
            _ => throw new ArgumentException($"Unknown command '{args[0]}'. Use: import PATH..., retag, or no command to serve the app."),
        };

        var paths = new List<string>();
        var hostArgs = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                hostArgs.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    hostArgs.Add(args[++i]);
                }
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        return new AppCommand(kind, paths, [.. hostArgs]);
    }
}
