namespace PeaceTalksTracker.Hosting;

public enum AppCommandKind
{
    Serve,
    Import,
    Retag,
    Feeds,
}

/// <summary>
/// The first bare word of the command line picks what the executable does (serve, import, retag);
/// the rest are import paths, and <c>--key value</c> options go to configuration as usual.
/// </summary>
public sealed record AppCommand(AppCommandKind Kind, IReadOnlyList<string> Paths, string[] HostArgs)
{
    /// <summary><c>import --urls list.txt</c>: files of URLs, one a line. (Elsewhere <c>--urls</c> is where the app listens.)</summary>
    public IReadOnlyList<string> UrlLists { get; init; } = [];

    /// <summary><c>feeds add URL --name N --outlet O --interval MINUTES</c>: the options of a feeds command.</summary>
    public IReadOnlyDictionary<string, string> FeedOptions { get; init; } = new Dictionary<string, string>();

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
            "feeds" => AppCommandKind.Feeds,
            "serve" => AppCommandKind.Serve,
            _ => throw new ArgumentException($"Unknown command '{args[0]}'. Use: import PATH..., retag, or no command to serve the app."),
        };

        var paths = new List<string>();
        var hostArgs = new List<string>();
        var urlLists = new List<string>();
        var feedOptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i++)
        {
            if (kind == AppCommandKind.Import && args[i] == "--urls" && i + 1 < args.Length)
            {
                urlLists.Add(args[++i]);
            }
            else if (kind == AppCommandKind.Feeds && args[i] is "--name" or "--outlet" or "--interval" && i + 1 < args.Length)
            {
                feedOptions[args[i][2..]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
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

        return new AppCommand(kind, paths, [.. hostArgs]) { UrlLists = urlLists, FeedOptions = feedOptions };
    }
}
