using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Sources;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>One article's lookup and write against the store, on one context.</summary>
public sealed class ArticleStoreSession(PeaceTalksDbContext db) : IAsyncDisposable
{
    /// <summary>
    /// The stored article this document is: known by its path (a file's full path, a page's address), a page also by
    /// its source URL, a file also found moved; null when it is new.
    /// </summary>
    public async Task<(Article? Existing, string? MovedFrom)> FindAsync(SourceDocument document, string hash, CancellationToken cancellationToken = default)
    {
        // Tracked, because an update writes through this very row (the context does not track by default).
        var location = document.Location;
        var existing = await db.Articles.AsTracking().SingleOrDefaultAsync(a => a.SourcePath == location, cancellationToken);
        if (existing is not null)
        {
            return (existing, null);
        }

        if (document.SourceUrl is not null)
        {
            // A page has no file that could have moved: the same text elsewhere is another page (a syndicated copy).
            return (await FindByUrlAsync(document.SourceUrl, cancellationToken), null);
        }

        var moved = await FindMovedAsync(hash, cancellationToken);
        return (moved, moved?.SourcePath);
    }

    /// <summary>The article imported from this address (or whose canonical address it is); walks the SourceUrl index.</summary>
    public Task<Article?> FindByUrlAsync(string url, CancellationToken cancellationToken = default) =>
        // Only articles that came from the web: a file whose front matter names the URL stays the file's article.
        db.Articles.AsTracking()
            .Where(a => (a.SourceUrl == url || a.SourcePath == url) && (EF.Functions.Like(a.SourcePath, "http://%") || EF.Functions.Like(a.SourcePath, "https://%")))
            .OrderBy(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Inserts <paramref name="article"/>, or copies it into <paramref name="existing"/>, in one transaction.</summary>
    public async Task<(ImportOutcome Outcome, Article Stored)> SaveAsync(Article? existing, Article article, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ImportOutcome outcome;
        if (existing is null)
        {
            article.Slug = await UniqueSlugAsync(Slugs.FromTitle(article.Title), cancellationToken);
            db.Articles.Add(article);
            outcome = ImportOutcome.Imported;
        }
        else
        {
            // Replace the children and keep the row, so the article keeps its id and its slug.
            await db.Paragraphs.Where(p => p.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.CitedSources.Where(c => c.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.RemovedTexts.Where(r => r.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Quotes.Where(q => q.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.ArticleStakeholders.Where(s => s.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            await db.ArticleThemes.Where(t => t.ArticleId == existing.Id).ExecuteDeleteAsync(cancellationToken);
            CopyInto(article, existing);
            outcome = ImportOutcome.Updated;
            article = existing;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (outcome, article);
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();

    /// <summary>
    /// An article with the same text whose file is no longer where it was imported from: the file was moved or
    /// renamed (a renamed folder, the repository cloned elsewhere), so it is that article, not a new one. Copies that
    /// still exist at their own paths stay separate articles.
    /// </summary>
    private async Task<Article?> FindMovedAsync(string hash, CancellationToken cancellationToken)
    {
        var sameText = await db.Articles.AsTracking().Where(a => a.ContentHash == hash).ToListAsync(cancellationToken);
        return sameText.FirstOrDefault(a => !SourceAddresses.IsWebAddress(a.SourcePath) && !File.Exists(a.SourcePath));
    }

    private static void CopyInto(Article source, Article target)
    {
        target.Title = source.Title;
        target.TitleIsDerived = source.TitleIsDerived;
        target.Subtitle = source.Subtitle;
        target.Outlet = source.Outlet;
        target.Author = source.Author;
        target.Dateline = source.Dateline;
        target.PublishedOn = source.PublishedOn;
        target.Caption = source.Caption;
        target.CaptionCredit = source.CaptionCredit;
        target.SourceUrl = source.SourceUrl;
        target.Description = source.Description;
        target.BodyMarkdown = source.BodyMarkdown;
        target.WordCount = source.WordCount;
        target.OriginalText = source.OriginalText;
        target.ContentHash = source.ContentHash;
        target.SourceFile = source.SourceFile;
        target.SourcePath = source.SourcePath;
        target.EncodingNote = source.EncodingNote;
        target.CodebookHash = source.CodebookHash;
        target.UpdatedAt = source.UpdatedAt;
        target.Paragraphs = source.Paragraphs;
        target.CitedSources = source.CitedSources;
        target.RemovedTexts = source.RemovedTexts;
        target.Quotes = source.Quotes;
        target.Stakeholders = source.Stakeholders;
        target.Themes = source.Themes;
    }

    private async Task<string> UniqueSlugAsync(string baseSlug, CancellationToken cancellationToken)
    {
        // Exact lookups walk the unique slug index; a prefix LIKE would scan every article.
        var candidate = baseSlug;
        for (var n = 2; await db.Articles.AnyAsync(a => a.Slug == candidate, cancellationToken); n++)
        {
            candidate = $"{baseSlug}-{n}";
        }

        return candidate;
    }
}
