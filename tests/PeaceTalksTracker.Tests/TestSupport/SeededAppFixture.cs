namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>One app over the repository's seeds, shared by the tests of a class that only read from it.</summary>
public sealed class SeededAppFixture : IDisposable
{
    public PeaceTalksApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
