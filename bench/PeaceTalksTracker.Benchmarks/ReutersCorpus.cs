using System.Formats.Tar;
using System.IO.Compression;

namespace PeaceTalksTracker.Benchmarks;

/// <summary>Reads the Reuters-21578 stories straight from ../shared/corpora/reuters21578.tar.gz; nothing is committed.</summary>
public static class ReutersCorpus
{
    public static string ArchivePath { get; } = FindArchive();

    /// <summary>Each story as (file name, text): line 1 the title, a blank line, then the body.</summary>
    public static IEnumerable<(string Name, string Text)> ReadStories()
    {
        using var file = File.OpenRead(ArchivePath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null
                || !entry.Name.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream);
            yield return (Path.GetFileName(entry.Name), reader.ReadToEnd());
        }
    }

    /// <summary>The first <paramref name="count"/> stories written as files into <paramref name="folder"/> (created), to import; their paths.</summary>
    public static async Task<List<string>> WriteStoriesAsync(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var (name, text) in ReadStories().Take(count))
        {
            var path = Path.Combine(folder, name);
            await File.WriteAllTextAsync(path, text);
            paths.Add(path);
        }

        return paths;
    }

    private static string FindArchive()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora", "reuters21578.tar.gz");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("reuters21578.tar.gz not found in a shared/corpora folder above the benchmark");
    }
}
