using System.Data.Common;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// What the writer needs to know of a stored article to recognise a file, page or text as it (its paths, its hashes,
/// its outlet) and to point at it (its id and slug), read with plain SQL: the import's lookups run thousands of
/// times, and through EF Core's query pipeline each one also cost a pass of its query compiler and, at the start of
/// every import, the JIT of that pipeline (a third of all the methods an import compiled were EF Core's).
/// </summary>
public sealed record StoredArticle(
    int Id, string Slug, string SourcePath, string? SourceUrl, string SourceFile, string ContentHash, string? CodebookHash, string? Outlet)
{
    /// <summary>The columns <see cref="Read"/> reads, in its order, for a query over <c>"Articles"</c> aliased <c>a</c>.</summary>
    internal const string Columns = """a."Id", a."Slug", a."SourcePath", a."SourceUrl", a."SourceFile", a."ContentHash", a."CodebookHash", a."Outlet" """;

    public static StoredArticle Of(Article article) =>
        new(article.Id, article.Slug, article.SourcePath, article.SourceUrl, article.SourceFile, article.ContentHash, article.CodebookHash, article.Outlet);

    /// <summary>The row the reader is on, from <paramref name="first"/>, in the order of <see cref="Columns"/>.</summary>
    internal static StoredArticle Read(DbDataReader reader, int first = 0) => new(
        reader.GetInt32(first),
        reader.GetString(first + 1),
        reader.GetString(first + 2),
        reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3),
        reader.GetString(first + 4),
        reader.GetString(first + 5),
        reader.IsDBNull(first + 6) ? null : reader.GetString(first + 6),
        reader.IsDBNull(first + 7) ? null : reader.GetString(first + 7));
}
