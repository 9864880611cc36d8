using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Tests.TestSupport;

/// <summary>
/// An article written for a browsing test: Markdown blocks that keep the parser's contract (one Paragraph row per
/// paragraph, list item or table; "## " headings), with the words that tag stakeholders and the paragraphs that carry
/// themes. Written straight into the store, so the tests do not depend on the importer or the tagger.
/// </summary>
public sealed record TestArticle(string Slug, string Title, params string[] Blocks)
{
    public DateOnly? PublishedOn { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }

    /// <summary>Every occurrence of each word in a paragraph's text becomes a mention of the stakeholder.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();

    /// <summary>(paragraph index, theme id, evidence terms).</summary>
    public IReadOnlyList<(int Paragraph, string Theme, string Evidence)> Themes { get; init; } = [];

    /// <summary>(paragraph index, speaker, stakeholder id, quoted text).</summary>
    public IReadOnlyList<(int Paragraph, string? Speaker, string? Stakeholder, string Text)> Quotes { get; init; } = [];
}

public static class BrowseStore
{
    /// <summary>Starts the app over an empty seeds folder and writes <paramref name="articles"/> into its store.</summary>
    public static async Task<(PeaceTalksApp App, HttpClient Client)> StartAsync(TempFolder seeds, params TestArticle[] articles)
    {
        var app = new PeaceTalksApp(seeds.Path);
        var client = app.CreateClient();
        await WriteAsync(app, articles);
        return (app, client);
    }

    public static async Task WriteAsync(PeaceTalksApp app, params TestArticle[] articles)
    {
        await using var db = app.CreateDbContext();
        foreach (var spec in articles)
        {
            var article = new Article
            {
                Slug = spec.Slug, Title = spec.Title, PublishedOn = spec.PublishedOn, Outlet = spec.Outlet, Author = spec.Author,
                BodyMarkdown = string.Join("\n\n", spec.Blocks), OriginalText = string.Join("\n\n", spec.Blocks), ContentHash = spec.Slug,
                SourceFile = spec.Slug + ".txt", SourcePath = "/tests/" + spec.Slug + ".txt",
                WordCount = spec.Blocks.Sum(b => b.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length),
                ImportedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
            };
            string? heading = null;
            foreach (var block in spec.Blocks)
            {
                if (block.StartsWith("## ", StringComparison.Ordinal))
                {
                    heading = block[3..];
                    continue;
                }

                var (kind, text) = block.StartsWith("- ", StringComparison.Ordinal) ? (ParagraphKind.ListItem, block[2..])
                    : block.StartsWith('|') ? (ParagraphKind.Table, block)
                    : (ParagraphKind.Paragraph, block);
                var paragraph = new Paragraph
                {
                    Index = article.Paragraphs.Count, Heading = heading, Text = text, Kind = kind,
                    WordCount = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
                };
                foreach (var (word, stakeholder) in spec.Aliases)
                {
                    for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                    {
                        paragraph.Mentions.Add(new Mention { StakeholderId = stakeholder, Start = at, Length = word.Length, Text = word });
                    }
                }

                foreach (var theme in spec.Themes.Where(t => t.Paragraph == paragraph.Index))
                {
                    paragraph.Themes.Add(new ParagraphTheme { ThemeId = theme.Theme, Score = 1, Evidence = theme.Evidence });
                }

                article.Paragraphs.Add(paragraph);
            }

            article.Stakeholders = article.Paragraphs.SelectMany(p => p.Mentions.Select(m => (p.Index, m.StakeholderId)))
                .GroupBy(m => m.StakeholderId)
                .Select(g => new ArticleStakeholder { StakeholderId = g.Key, Mentions = g.Count(), Paragraphs = g.Select(m => m.Index).Distinct().Count() })
                .ToList();
            article.Themes = article.Paragraphs.SelectMany(p => p.Themes.Select(t => (p.WordCount, t.ThemeId)))
                .GroupBy(t => t.ThemeId)
                .Select(g => new ArticleTheme { ThemeId = g.Key, Paragraphs = g.Count(), Share = g.Sum(t => t.WordCount) / (double)Math.Max(1, article.WordCount) })
                .ToList();
            article.Quotes = spec.Quotes.Select(q => new Quote { ParagraphIndex = q.Paragraph, Speaker = q.Speaker, StakeholderId = q.Stakeholder, Text = q.Text }).ToList();
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync();
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(html);
    }
}
