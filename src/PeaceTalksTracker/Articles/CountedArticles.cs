namespace PeaceTalksTracker.Articles;

/// <summary>Which articles count in the store's figures.</summary>
public static class CountedArticles
{
    /// <summary>
    /// Real articles, each story once: flagged pages (paywall stubs, section fronts...) and near-duplicates of another
    /// article are kept and readable but would skew every share and similarity they entered. Every aggregate starts here.
    /// </summary>
    public static IQueryable<Article> Counted(this IQueryable<Article> articles) =>
        articles.Where(a => a.QualityFlag == null && a.DuplicateOfId == null);
}
