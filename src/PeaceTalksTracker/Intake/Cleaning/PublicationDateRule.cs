namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>An article's date is when it was published; a "last updated" date stands in only when there is none.</summary>
public sealed class PublicationDateRule : IArticleCleaningRule
{
    public ParsedArticle Apply(ParsedArticle article) =>
        article.PublishedOn is null && article.UpdatedOn is not null ? article with { PublishedOn = article.UpdatedOn } : article;
}
