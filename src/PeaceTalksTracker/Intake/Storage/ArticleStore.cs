using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Writes analysed articles to the store: each one in its own transaction, a new article inserted with a unique slug,
/// a changed or moved one updated in place so it keeps its id and its slug.
/// </summary>
public sealed class ArticleStore(IDbContextFactory<PeaceTalksDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>A unit of work for one article: the lookup and the write share one context, so an update writes the row it found.</summary>
    public async Task<ArticleStoreSession> OpenAsync(CancellationToken cancellationToken = default) =>
        new(await dbFactory.CreateDbContextAsync(cancellationToken));

    /// <summary>The article entity for an analysed parse of a document; its slug is given when it is saved.</summary>
    public Article Build(ParsedArticle parsed, SourceDocument document, string hash)
    {
        var now = clock.GetUtcNow();
        var paragraphs = parsed.Paragraphs
            .Select((p, i) => new Paragraph { Index = i, Heading = p.Heading, Text = p.Text, Kind = p.Kind, WordCount = CountWords(p.Text) })
            .ToList();
        return new Article
        {
            Slug = "",
            Title = parsed.Title,
            TitleIsDerived = parsed.TitleIsDerived,
            Subtitle = parsed.Subtitle,
            Outlet = parsed.Outlet,
            Author = parsed.Author,
            Dateline = parsed.Dateline,
            PublishedOn = parsed.PublishedOn,
            Caption = parsed.Caption,
            CaptionCredit = parsed.CaptionCredit,
            SourceUrl = parsed.SourceUrl,
            Description = parsed.Description,
            BodyMarkdown = parsed.BodyMarkdown,
            WordCount = paragraphs.Sum(p => p.WordCount),
            OriginalText = document.Text,
            ContentHash = hash,
            SourceFile = Path.GetFileName(document.Location),
            SourcePath = document.Location,
            EncodingNote = document.EncodingNote,
            ImportedAt = now,
            UpdatedAt = now,
            Paragraphs = paragraphs,
            CitedSources = parsed.CitedSources.Select((s, i) => new CitedSource { Position = i, Name = s.Name, Title = s.Title }).ToList(),
            RemovedTexts = parsed.RemovedTexts.Select((r, i) => new RemovedText { Position = i, Kind = r.Kind, Text = r.Text }).ToList(),
        };
    }

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }
}
