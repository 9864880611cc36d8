using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Sources.Files;

/// <summary>Turns the paths given to an import into the files to read.</summary>
/// <remarks>
/// Each real file is read once: folders and files are known by their device and inode, so a hard link, a folder
/// reached twice or a link back into the tree adds nothing. Links to folders are never followed (a loop such as
/// <c>ln -s .. d/sub/loop</c> would otherwise repeat the tree forever), a link to a file outside the folders being
/// imported is rejected (it would publish whatever it points to, /etc/passwd included), and anything that is not a
/// regular file (a FIFO, a device, a socket) is rejected without being opened: opening a FIFO blocks until a writer
/// comes, and a device such as /dev/zero never ends.
/// </remarks>
public static class ArticlePaths
{
    /// <summary>
    /// Expands folders recursively. Whatever is not imported (a path that does not exist, a link not followed, a FIFO)
    /// comes back in <paramref name="missing"/> as a rejection with its reason, never as an exception.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<ImportResult> missing)
    {
        var walk = new Walk();
        foreach (var path in paths)
        {
            walk.Root(path);
        }

        walk.ResolveFileLinks();
        missing = walk.Rejected;
        return walk.Files;
    }

    private sealed class Walk
    {
        private readonly HashSet<(ulong, ulong)> _folders = [];
        private readonly HashSet<(ulong, ulong)> _fileIds = [];
        private readonly List<string> _files = [];
        private readonly List<string> _walkedFiles = [];
        private readonly List<string> _fileLinks = [];
        private readonly List<ImportResult> _rejected = [];

        public IReadOnlyList<string> Files => _files;

        public IReadOnlyList<ImportResult> Rejected => _rejected;

        public void Root(string path)
        {
            var target = FileIdentity.Of(path);
            switch (target.Kind)
            {
                case FileKind.Directory:
                    WalkFolder(path, target);
                    break;
                case FileKind.Regular:
                    // A file named on the command line is imported even through a link: the user chose it.
                    if (_fileIds.Add((target.Device, target.Inode)))
                    {
                        _files.Add(path);
                    }

                    break;
                case FileKind.Missing:
                    Reject(path, FileIdentity.OfLink(path).Kind == FileKind.SymbolicLink ? "is a broken link" : "no such file or folder");
                    break;
                default:
                    Reject(path, NotRegular(target.Kind));
                    break;
            }
        }

        /// <summary>Links to files are judged once every folder is walked: a link to a file already in the tree adds nothing.</summary>
        public void ResolveFileLinks()
        {
            foreach (var link in _fileLinks)
            {
                var target = FileIdentity.Of(link);
                if (_fileIds.Contains((target.Device, target.Inode)))
                {
                    continue;
                }

                var to = TryResolve(link);
                Reject(link, $"is a link to a file outside the folders being imported{(to is null ? "" : $" ({to})")}; not followed");
            }
        }

        private void WalkFolder(string root, FileIdentity rootId)
        {
            _folders.Add((rootId.Device, rootId.Inode));
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.TryPop(out var folder))
            {
                IEnumerable<FileSystemInfo> entries;
                try
                {
                    entries = new DirectoryInfo(folder)
                        .EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                        .Where(e => !e.Name.StartsWith('.'))
                        .ToList();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Reject(folder, $"folder cannot be read: {ex.Message}");
                    continue;
                }

                foreach (var entry in entries)
                {
                    Visit(Path.Combine(folder, entry.Name), pending);
                }
            }

            // Each folder's files in path order, as listed before.
            _files.AddRange(_walkedFiles.Order(StringComparer.Ordinal));
            _walkedFiles.Clear();
        }

        private void Visit(string path, Stack<string> pending)
        {
            var entry = FileIdentity.OfLink(path);
            switch (entry.Kind)
            {
                case FileKind.Directory:
                    if (_folders.Add((entry.Device, entry.Inode)))
                    {
                        pending.Push(path);
                    }

                    break;
                case FileKind.Regular:
                    if (_fileIds.Add((entry.Device, entry.Inode)))
                    {
                        _walkedFiles.Add(path);
                    }

                    break;
                case FileKind.SymbolicLink:
                    VisitLink(path);
                    break;
                case FileKind.Missing:
                    // Gone between listing and looking: nothing to import, nothing to report.
                    break;
                default:
                    Reject(path, NotRegular(entry.Kind));
                    break;
            }
        }

        private void VisitLink(string path)
        {
            var target = FileIdentity.Of(path);
            switch (target.Kind)
            {
                case FileKind.Regular:
                    _fileLinks.Add(path);
                    break;
                case FileKind.Directory:
                    Reject(path, $"is a link to a folder{Arrow(path)}; links to folders are not followed");
                    break;
                case FileKind.Missing:
                    Reject(path, $"is a broken link{Arrow(path)}");
                    break;
                default:
                    Reject(path, $"is a link to {FileIdentity.Describe(target.Kind)}{Arrow(path)}; only regular files are imported");
                    break;
            }
        }

        private void Reject(string path, string reason) => _rejected.Add(new ImportResult(path, ImportOutcome.Rejected, Reason: reason));

        private static string NotRegular(FileKind kind) => $"is {FileIdentity.Describe(kind)}, not a regular file; skipped unread";

        private static string Arrow(string link) => TryResolve(link) is { } to ? $" ({to})" : "";

        private static string? TryResolve(string link)
        {
            try
            {
                return new FileInfo(link).LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
