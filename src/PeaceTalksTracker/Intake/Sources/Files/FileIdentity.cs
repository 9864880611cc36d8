using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PeaceTalksTracker.Intake.Sources.Files;

public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>What a path is on disk, and which real file it is (device + inode), without opening it.</summary>
/// <remarks>
/// .NET exposes neither the inode nor the file type of a FIFO or a device, and opening a FIFO to find out blocks until a
/// writer comes; so this asks the C library's <c>stat</c>/<c>lstat</c> directly. Two paths with the same device and
/// inode are one file (a hard link, a folder reached through a link), which is how a tree is walked once.
/// </remarks>
public readonly record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode, long Length)
{
    private const int StatBufferBytes = 256;

    public static FileIdentity Missing { get; } = new(FileKind.Missing, 0, 0, 0);

    /// <summary>The path itself: a symbolic link is reported as a link, not followed.</summary>
    public static FileIdentity OfLink(string path) => Stat(path, followLinks: false);

    /// <summary>What the path finally points to (links followed).</summary>
    public static FileIdentity Of(string path) => Stat(path, followLinks: true);

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "missing",
        _ => "not a regular file",
    };

    private static FileIdentity Stat(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Portable(path, followLinks);
        }

        var buffer = new byte[StatBufferBytes];
        var rc = followLinks ? NativeMethods.stat(path, buffer) : NativeMethods.lstat(path, buffer);
        if (rc != 0)
        {
            return Missing;
        }

        // struct stat differs by architecture: x86-64 has st_nlink (8 bytes) before st_mode, the generic layout
        // (arm64 and the rest) has st_mode (4 bytes) then st_nlink (4 bytes). st_size is at 48 on both.
        var span = buffer.AsSpan();
        var device = BinaryPrimitives.ReadUInt64LittleEndian(span);
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(span[8..]);
        var mode = RuntimeInformation.ProcessArchitecture == Architecture.X64
            ? BinaryPrimitives.ReadUInt32LittleEndian(span[24..])
            : BinaryPrimitives.ReadUInt32LittleEndian(span[16..]);
        var length = BinaryPrimitives.ReadInt64LittleEndian(span[48..]);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
        return new FileIdentity(kind, device, inode, length);
    }

    // Elsewhere (not a target today) the real path stands in for the inode; FIFOs and devices do not occur there.
    private static FileIdentity Portable(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return Missing;
        }

        if (!followLinks && info.LinkTarget is not null)
        {
            return new FileIdentity(FileKind.SymbolicLink, 0, (ulong)StringComparer.Ordinal.GetHashCode(info.FullName), 0);
        }

        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null || !target.Exists)
        {
            return Missing;
        }

        var kind = target is DirectoryInfo ? FileKind.Directory : FileKind.Regular;
        return new FileIdentity(kind, 0, (ulong)StringComparer.Ordinal.GetHashCode(target.FullName), target is FileInfo f ? f.Length : 0);
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable CA1401, SYSLIB1054 // a private P/Invoke; LibraryImport would need unsafe code enabled for the whole app
        internal static extern int stat(string path, byte[] buffer);

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int lstat(string path, byte[] buffer);
#pragma warning restore CA1401, SYSLIB1054
    }
}
