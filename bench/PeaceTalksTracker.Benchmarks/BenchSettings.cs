using System.Globalization;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>A console mode's settings: the <c>key=value</c> arguments after its name (<c>import-stages files=3000</c>).</summary>
internal static class BenchSettings
{
    public static Dictionary<string, string> Parse(string[] args) =>
        args.Skip(1).Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);

    public static int Int(this Dictionary<string, string> settings, string key, int fallback) =>
        settings.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
