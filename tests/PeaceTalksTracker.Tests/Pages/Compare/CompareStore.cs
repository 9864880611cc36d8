using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Pages.Compare;

/// <summary>The seeds in a test app's store, by seed file prefix, and tags written by hand where a test needs exact ones.</summary>
public sealed class CompareStore(PeaceTalksApp app)
{
    public string Slug(string seedPrefix)
    {
        using var db = app.CreateDbContext();
        return db.Articles.Where(a => a.SourceFile.StartsWith(seedPrefix)).Select(a => a.Slug).Single();
    }

    /// <summary>The index of the seed's paragraph whose text starts with the prefix (indexes move when the parser changes).</summary>
    public int ParagraphIndex(string seedPrefix, string textPrefix)
    {
        using var db = app.CreateDbContext();
        var paragraphs = db.Paragraphs
            .Where(p => p.Article!.SourceFile.StartsWith(seedPrefix))
            .Select(p => new { p.Index, p.Text })
            .ToList();
        return paragraphs.Single(p => p.Text.TrimStart(' ', '-', '*', '|').StartsWith(textPrefix, StringComparison.Ordinal)).Index;
    }

    public (Dictionary<string, int> Mentions, Dictionary<string, double> Shares) Profile(string seedPrefix)
    {
        using var db = app.CreateDbContext();
        var id = db.Articles.Where(a => a.SourceFile.StartsWith(seedPrefix)).Select(a => a.Id).Single();
        return (
            db.ArticleStakeholders.Where(s => s.ArticleId == id).ToDictionary(s => s.StakeholderId, s => s.Mentions),
            db.ArticleThemes.Where(t => t.ArticleId == id).ToDictionary(t => t.ThemeId, t => t.Share));
    }

    /// <summary>
    /// Replaces whatever the analyzer tagged in a seed with exactly these tags: each paragraph (named by its text
    /// prefix) with the stakeholders it names and the themes it is on, plus quotes; the profiles follow from them.
    /// </summary>
    public async Task ReplaceTagsAsync(string seedPrefix, IReadOnlyList<TaggedParagraph> paragraphs, IReadOnlyList<Quote>? quotes = null)
    {
        await using var db = app.CreateDbContext();
        var article = await db.Articles.Where(a => a.SourceFile.StartsWith(seedPrefix)).Select(a => new { a.Id, a.WordCount }).SingleAsync();
        var paragraphIds = db.Paragraphs.Where(p => p.ArticleId == article.Id);
        await db.Mentions.Where(m => paragraphIds.Any(p => p.Id == m.ParagraphId)).ExecuteDeleteAsync();
        await db.ParagraphThemes.Where(t => paragraphIds.Any(p => p.Id == t.ParagraphId)).ExecuteDeleteAsync();
        await db.ArticleStakeholders.Where(s => s.ArticleId == article.Id).ExecuteDeleteAsync();
        await db.ArticleThemes.Where(t => t.ArticleId == article.Id).ExecuteDeleteAsync();
        await db.Quotes.Where(q => q.ArticleId == article.Id).ExecuteDeleteAsync();

        var all = await paragraphIds.Select(p => new { p.Id, p.Index, p.Text, p.WordCount }).ToListAsync();
        var words = Math.Max(1, all.Sum(p => p.WordCount));
        var tagged = paragraphs
            .Select(t => (Tags: t, Paragraph: all.Single(p => p.Text.TrimStart(' ', '-', '*', '|').StartsWith(t.TextPrefix, StringComparison.Ordinal))))
            .ToList();
        foreach (var (tags, paragraph) in tagged)
        {
            db.Mentions.AddRange(tags.Stakeholders.Select(s => new Mention { ParagraphId = paragraph.Id, StakeholderId = s, Start = 0, Length = 1, Text = s }));
            db.ParagraphThemes.AddRange(tags.Themes.Select(t => new ParagraphTheme { ParagraphId = paragraph.Id, ThemeId = t, Score = 1, Evidence = t }));
        }

        db.ArticleStakeholders.AddRange(tagged.SelectMany(t => t.Tags.Stakeholders).GroupBy(s => s)
            .Select(g => new ArticleStakeholder { ArticleId = article.Id, StakeholderId = g.Key, Mentions = g.Count(), Paragraphs = g.Count() }));
        db.ArticleThemes.AddRange(tagged.SelectMany(t => t.Tags.Themes.Select(theme => (theme, t.Paragraph.WordCount))).GroupBy(x => x.theme)
            .Select(g => new ArticleTheme { ArticleId = article.Id, ThemeId = g.Key, Paragraphs = g.Count(), Share = (double)g.Sum(x => x.WordCount) / words }));
        foreach (var quote in quotes ?? [])
        {
            quote.ArticleId = article.Id;
            db.Quotes.Add(quote);
        }

        await db.SaveChangesAsync();
    }
}

public sealed record TaggedParagraph(string TextPrefix, string[] Stakeholders, string[] Themes);
