using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Browse;

/// <summary>
/// Which articles a page's figures count: <see cref="CountedArticles.Counted"/> (no flagged pages, each story once)
/// unless the reader asks for every page with <c>?all=1</c>, the toggle each figure page shows.
/// </summary>
public static class FigureScope
{
    public const string QueryKey = "all";

    public static bool IncludeAll(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Query[QueryKey].ToString() is "1" or "true" or "yes";

    public static IQueryable<Article> Articles(PeaceTalksDbContext db, bool includeAll) => includeAll ? db.Articles : db.Articles.Counted();

    /// <summary>How many stored pages <see cref="CountedArticles.Counted"/> leaves out, for the toggle's wording.</summary>
    public static Task<int> NotCountedAsync(PeaceTalksDbContext db, CancellationToken cancellationToken) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Articles, a => a.QualityFlag != null || a.DuplicateOfId != null, cancellationToken);

    /// <summary>The part of a cache key that keeps the two scopes apart.</summary>
    public static string Key(bool includeAll) => includeAll ? "all" : "counted";
}
