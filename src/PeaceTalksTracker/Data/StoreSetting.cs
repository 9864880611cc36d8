namespace PeaceTalksTracker.Data;

/// <summary>A key/value row for facts about the store itself, such as the hash of the codebook in force.</summary>
public sealed class StoreSetting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
