namespace PeaceTalksTracker.Tests.TestSupport;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeaceTalksTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PeaceTalksTracker.sln not found above the test output folder");
    }
}
