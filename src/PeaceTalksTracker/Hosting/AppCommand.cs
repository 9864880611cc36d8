namespace PeaceTalksTracker.Hosting;

public enum AppCommandKind
{
    Serve,
    Import,
    Retag,
    Feeds,
    Help,
    Unknown,
}

/// <summary>
/// The first bare word of the command line picks what the executable does (serve, import, retag, feeds);
/// the rest are import paths, and <c>--key value</c> options go to configuration as usual.
/// </summary>
public sealed record AppCommand(AppCommandKind Kind, IReadOnlyList<string> Paths, string[] HostArgs, string? Word = null)
{
    /// <summary><c>import --urls list.txt</c>: files of URLs, one a line. (Elsewhere <c>--urls</c> is where the app listens.)</summary>
    public IReadOnlyList<string> UrlLists { get; init; } = [];

    /// <summary><c>feeds add URL --name N --outlet O --interval MINUTES</c>: the options of a feeds command.</summary>
    public IReadOnlyDictionary<string, string> FeedOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Every command, in the order <c>--help</c> lists them: a new command added here is parsed and listed.</summary>
    public static IReadOnlyList<(string Name, string Arguments, AppCommandKind Kind, string Description)> Commands { get; } =
    [
        ("serve", "", AppCommandKind.Serve, "serve the app (the default; imports seeds/ into an empty store on first start)"),
        ("import", "PATH|URL...", AppCommandKind.Import, "import article files or folders (read recursively) or web pages; --urls LIST: a file of links, one a line"),
        ("retag", "", AppCommandKind.Retag, "re-tag every stored article with the codebook"),
        ("feeds", "add|list|remove|poll", AppCommandKind.Feeds, "subscribe to a feed (add URL [--name N] [--outlet O] [--interval MINUTES]), list, remove URL|ID, or poll every feed now"),
        ("help", "", AppCommandKind.Help, "print this list (also --help, -h)"),
    ];

    public static string Usage => string.Join('\n',
    [
        "usage: PeaceTalksTracker [COMMAND] [--Key value]...",
        "",
        "commands:",
        .. Commands.Select(c => $"  {(c.Name + " " + c.Arguments).Trim(),-26} {c.Description}"),
        "",
        "options: any configuration key, e.g. --urls http://localhost:5000, --ConnectionStrings:PeaceTalks \"Data Source=data/peacetalks.db\",",
        "         --Import:MaxFileBytes 500000, --Logs:Format compact-json (README, Configuration)",
    ]);

    public static AppCommand Parse(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            return new AppCommand(AppCommandKind.Help, [], []);
        }

        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return new AppCommand(AppCommandKind.Serve, [], args);
        }

        var match = Commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (match.Name is null)
        {
            return new AppCommand(AppCommandKind.Unknown, [], [], args[0]);
        }

        var paths = new List<string>();
        var hostArgs = new List<string>();
        var urlLists = new List<string>();
        var feedOptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Length; i++)
        {
            if (match.Kind == AppCommandKind.Import && args[i] == "--urls" && i + 1 < args.Length)
            {
                urlLists.Add(args[++i]);
            }
            else if (match.Kind == AppCommandKind.Feeds && args[i] is "--name" or "--outlet" or "--interval" && i + 1 < args.Length)
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

        return new AppCommand(match.Kind, paths, [.. hostArgs]) { UrlLists = urlLists, FeedOptions = feedOptions };
    }

    /// <summary>Answers <c>help</c> and an unknown command before any host is built: the list on stdout (exit 0), or the mistake and the list on stderr (exit 2).</summary>
    public int? AnswerWithoutHost()
    {
        switch (Kind)
        {
            case AppCommandKind.Help:
                Console.WriteLine(Usage);
                return 0;
            case AppCommandKind.Unknown:
                Console.Error.WriteLine($"Unknown command '{Word}'.");
                Console.Error.WriteLine(Usage);
                return 2;
            default:
                return null;
        }
    }
}
