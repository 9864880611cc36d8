namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>Settings for cleaning, bound from the "Cleaning" section.</summary>
public sealed class CleaningOptions
{
    public const string SectionName = "Cleaning";

    /// <summary>The junk, title, standfirst, caption and page-quality rules; relative paths are read from the app's folder.</summary>
    public string RulesPath { get; set; } = "Intake/Cleaning/cleaning-rules.json";

    /// <summary>The outlets: canonical names, domains and aliases.</summary>
    public string OutletsPath { get; set; } = "Intake/Cleaning/outlets.json";

    /// <summary>
    /// Whether the same text from another file is one article (remembering both sources) and a near-copy is linked to
    /// its original. The scale benchmarks import one corpus several times over and turn it off.
    /// </summary>
    public bool DetectDuplicates { get; set; } = true;

    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
