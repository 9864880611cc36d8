using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Cleaning;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>One article's lookup and write against the store, on one context.</summary>
public sealed class ArticleStoreSession(PeaceTalksDbContext db) : IAsyncDisposable
{
    /// <summary>Same-text and near-copy lookups on this session's context.</summary>
    public DuplicateFinder Duplicates { get; } = new(db);

    /// <summary>The stored article this file is (known by its path, or found moved); null when it is new.</summary>
    public async Task<(Article? Existing, string? MovedFrom)> FindAsync(string fullPath, string hash, CancellationToken cancellationToken = default)
    {
        // Tracked, because an update writes through this very row (the context does not track by default).
        var existing = await db.Articles.AsTracking().SingleOrDefaultAsync(a => a.SourcePath == fullPath, cancellationToken);
        if (existing is not null)
        {
            return (existing, null);
        }

        var moved = await FindMovedAsync(hash, cancellationToken);
        return (moved, moved?.SourcePath);
    }

    /// <summary>Inserts <paramref name="article"/>, or copies it into <paramref name="existing"/>, in one transaction.</summary>
    /// <remarks>With a <paramref name="fingerprint"/>, the article's duplicate-detection keys are replaced in the same transaction.</remarks>
    public async Task<(ImportOutcome Outcome, Article Stored)> SaveAsync(
        Article? existing, Article article, TextFingerprint? fingerprint = null, CancellationToken cancellationToken = default)
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
            await DeleteChildrenAsync(db, existing.Id, cancellationToken);
            CopyInto(article, existing);
            outcome = ImportOutcome.Updated;
            article = existing;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (fingerprint is not null)
        {
            await Duplicates.StoreAsync(article.Id, fingerprint, replacing: outcome == ImportOutcome.Updated, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (outcome, article);
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();

    public Task<string> SlugOfAsync(int articleId, CancellationToken cancellationToken = default) =>
        db.Articles.Where(a => a.Id == articleId).Select(a => a.Slug).SingleAsync(cancellationToken);

    /// <summary>
    /// An article with the same text whose file is no longer where it was imported from: the file was moved or
    /// renamed (a renamed folder, the repository cloned elsewhere), so it is that article, not a new one. Copies that
    /// still exist at their own paths stay separate articles.
    /// </summary>
    private async Task<Article?> FindMovedAsync(string hash, CancellationToken cancellationToken)
    {
        var sameText = await db.Articles.AsTracking().Where(a => a.ContentHash == hash).ToListAsync(cancellationToken);
        return sameText.FirstOrDefault(a => !File.Exists(a.SourcePath));
    }

    /// <summary>Deletes what an article's text produced, so an update writes it afresh under the same row, id and slug.</summary>
    internal static async Task DeleteChildrenAsync(PeaceTalksDbContext db, int articleId, CancellationToken cancellationToken)
    {
        await db.Paragraphs.Where(p => p.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.CitedSources.Where(c => c.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.RemovedTexts.Where(r => r.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.Quotes.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleStakeholders.Where(s => s.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
        await db.ArticleThemes.Where(t => t.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
    }

    internal static void CopyInto(Article source, Article target)
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
        target.DateSource = source.DateSource;
        target.DateNote = source.DateNote;
        target.QualityFlag = source.QualityFlag;
        target.QualityReason = source.QualityReason;
        target.DuplicateOfId = source.DuplicateOfId;
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
