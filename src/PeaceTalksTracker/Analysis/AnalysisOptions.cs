namespace PeaceTalksTracker.Analysis;

/// <summary>Settings for tagging, bound from the "Analysis" section.</summary>
public sealed class AnalysisOptions
{
    public const string SectionName = "Analysis";

    /// <summary>The codebook file; a relative path is read from the app's folder, where the build copies the repo's codebook.</summary>
    public string CodebookPath { get; set; } = "Analysis/codebook.json";

    /// <summary>Articles re-tagged per transaction when the codebook changes.</summary>
    public int RetagBatchSize { get; set; } = 500;

    public string ResolveCodebookPath() => Path.IsPathRooted(CodebookPath) ? CodebookPath : Path.Combine(AppContext.BaseDirectory, CodebookPath);
}
