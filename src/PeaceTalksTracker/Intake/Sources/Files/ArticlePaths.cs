using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Sources.Files;

/// <summary>Turns the paths given to an import into the files to read.</summary>
public static class ArticlePaths
{
    /// <summary>Expands folders recursively; a path that does not exist becomes a rejection, not an exception.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<ImportResult> missing)
    {
        var files = new List<string>();
        var notFound = new List<ImportResult>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                try
                {
                    files.AddRange(Directory
                        .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                        .Where(f => !Path.GetFileName(f).StartsWith('.'))
                        .Order(StringComparer.Ordinal));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    notFound.Add(new ImportResult(path, ImportOutcome.Rejected, Reason: $"folder cannot be read: {ex.Message}"));
                }
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                notFound.Add(new ImportResult(path, ImportOutcome.Rejected, Reason: "no such file or folder"));
            }
        }

        missing = notFound;
        return files;
    }
}
