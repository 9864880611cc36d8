namespace PeaceTalksTracker.Tests.TestSupport;

public static class FilePermissions
{
    /// <summary>
    /// True when this process can open the file despite its mode bits, as root can. Tests of unreadable files check
    /// this, because CI containers often run as root, where chmod 000 does not stop a read.
    /// </summary>
    public static bool CanStillRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
