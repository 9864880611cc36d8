namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>
/// The outlets file compiled for lookups: every name and alias (compared on letters and digits only, so "AL JAZEERA",
/// "Al-Jazeera" and "Aljazeera" are one key) and every domain map to the outlet's one canonical name.
/// </summary>
public sealed class OutletDirectory
{
    private readonly Dictionary<string, string> _byName;
    private readonly Dictionary<string, string> _byDomain;

    private OutletDirectory(Dictionary<string, string> byName, Dictionary<string, string> byDomain)
    {
        _byName = byName;
        _byDomain = byDomain;
    }

    public static OutletDirectory Empty { get; } = new([], []);

    public int Count => _byName.Values.Distinct(StringComparer.Ordinal).Count();

    internal static OutletDirectory From(OutletFile file, string origin)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var byDomain = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entry, i) in file.Outlets.Select((o, i) => (o, i)))
        {
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new CleaningRulesException($"{origin}: outlets[{i}] has no name");
            }

            foreach (var spelling in (entry.Aliases ?? []).Prepend(entry.Name))
            {
                var key = Key(spelling);
                var other = byName.GetValueOrDefault(key);
                if (key.Length == 0 || (other is not null && other != entry.Name))
                {
                    throw new CleaningRulesException($"{origin}: outlets[{i}] ({entry.Name}): '{spelling}' is empty or already names {other}");
                }

                byName[key] = entry.Name;
            }

            foreach (var domain in entry.Domains ?? [])
            {
                var host = domain.Trim().ToLowerInvariant();
                if (host.Length == 0 || host.Contains('/', StringComparison.Ordinal) || !byDomain.TryAdd(host, entry.Name))
                {
                    throw new CleaningRulesException($"{origin}: outlets[{i}] ({entry.Name}): domain '{domain}' is not a bare host or is listed twice");
                }
            }
        }

        return new OutletDirectory(byName, byDomain);
    }

    /// <summary>The canonical name for a spelling of an outlet's name, or null when the file does not know it.</summary>
    public string? ByName(string? name) => name is null ? null : _byName.GetValueOrDefault(Key(name));

    /// <summary>The canonical name for an address's host (a subdomain matches its domain), or null.</summary>
    public string? ByHost(string? host)
    {
        for (var h = host; !string.IsNullOrEmpty(h); h = h.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? h[(dot + 1)..] : null)
        {
            if (_byDomain.TryGetValue(h, out var name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The host of an address without "www.", lower case; null when it is not an http(s) address.</summary>
    public static string? HostOf(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var text = url.Trim();
        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>Letters and digits only, lower case: how names are compared.</summary>
    public static string Key(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
