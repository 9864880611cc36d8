namespace PeaceTalksTracker.Intake.Cleaning;

/// <summary>A rule about news content, applied to every article whatever format it came from.</summary>
public interface IArticleCleaningRule
{
    ParsedArticle Apply(ParsedArticle article);
}
