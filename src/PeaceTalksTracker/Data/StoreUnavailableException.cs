namespace PeaceTalksTracker.Data;

public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
