using System.Globalization;

namespace PeaceTalksTracker.Articles;

/// <summary>
/// How a publication date is written: ISO 8601 in URLs, APIs, exports and <c>datetime</c> attributes, "3 December 2025"
/// to a reader. Invariant culture both ways, so a server's locale never changes a page, a link or an export.
/// </summary>
public static class PublicationDate
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Iso(DateOnly? date) => date is { } value ? Iso(value) : null;

    /// <summary>Reads exactly <c>yyyy-MM-dd</c>, as the list's and search's date filters take it.</summary>
    public static bool TryParseIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string ForReaders(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
