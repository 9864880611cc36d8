using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PeaceTalksTracker.Intake;
using PeaceTalksTracker.Intake.Extraction;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>
/// The HTML extraction stage is built on another branch (Intake/Extraction/Html). Until it is on main, link and feed
/// tests need some reading of the pages they fetch: this stand-in (title, h1, p, canonical link) is added only when
/// the app has no HTML extractor, so once the real one lands these tests run through it unchanged.
/// </summary>
public sealed class HtmlExtractionStandIn : IArticleExtractor
{
    public DocumentFormat Format => DocumentFormat.Html;

    public ParsedArticle Extract(SourceDocument document)
    {
        var page = new HtmlParser().ParseDocument(document.Text);
        var title = page.QuerySelector("h1")?.TextContent.Trim() ?? page.Title;
        return new ParsedArticle
        {
            Headline = string.IsNullOrWhiteSpace(title) ? null : title,
            SourceUrl = document.SourceUrl,
            Page = new PageMetadata { CanonicalUrl = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") },
            Blocks = [.. page.QuerySelectorAll("p").Select(p => new ParsedBlock(BlockKind.Paragraph, p.TextContent.Trim())).Where(b => b.Text.Length > 0)],
        };
    }

    public static WebApplicationFactory<Program> Ensure(WebApplicationFactory<Program> app) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(sp =>
            {
                var extractors = sp.GetServices<IArticleExtractor>().ToList();
                if (!extractors.Any(e => e.Format == DocumentFormat.Html))
                {
                    extractors.Add(new HtmlExtractionStandIn());
                }

                return new ArticleExtraction(extractors);
            })));
}
