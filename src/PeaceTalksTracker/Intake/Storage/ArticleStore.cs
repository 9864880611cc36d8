using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Data;
using PeaceTalksTracker.Intake.Sources;

namespace PeaceTalksTracker.Intake.Storage;

/// <summary>
/// Writes analysed articles to the store in batches (<see cref="ArticleBatch"/>): a new article inserted with a unique
/// slug, a changed or moved one updated in place so it keeps its id and its slug.
/// </summary>
public sealed class ArticleStore(IDbContextFactory<PeaceTalksDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Begins a batch write of these articles (see <see cref="ArticleBatch"/>); dispose it to roll back what was not committed.</summary>
    /// <remarks>
    /// <paramref name="keys"/>: the import run's duplicate keys, or null when duplicates are not looked for;
    /// <paramref name="fileSavepoints"/>: a savepoint per file (see <see cref="ArticleBatch.FileSavepoints"/>).
    /// </remarks>
    public async Task<ArticleBatch> BeginBatchAsync(
        IReadOnlyCollection<Article> articles, DuplicateKeys? keys = null, bool fileSavepoints = true, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            return await ArticleBatch.BeginAsync(db, articles, keys, fileSavepoints, cancellationToken);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Every stored article's path with the hashes of its text and codebook, read once at the start of an import so that
    /// unchanged files are recognised without being parsed. Only a hint: each batch checks again under its write lock.
    /// </summary>
    public async Task<KnownArticles> LoadKnownAsync(CancellationToken cancellationToken = default) =>
        await LoadKnownAsync("", [], cancellationToken);

    /// <summary>The same for the articles at these paths only (one page or feed item imported on its own).</summary>
    public async Task<KnownArticles> LoadKnownAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken = default) =>
        await LoadKnownAsync("""WHERE a."SourcePath" IN (SELECT value FROM json_each($paths))""", [("$paths", JsonSerializer.Serialize(paths))], cancellationToken);

    /// <summary>The article entity for an analysed parse of a document; its slug is given when it is saved.</summary>
    public Article Build(ParsedArticle parsed, SourceDocument document, string hash)
    {
        var now = clock.GetUtcNow();
        var paragraphs = parsed.Paragraphs
            .Select((p, i) => new Paragraph { Index = i, Heading = p.Heading, Text = p.Text, Kind = p.Kind, WordCount = Words.CountReading(p.Text) })
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
            // A page is known by its address: the canonical one it declares on its own site, else where it was fetched.
            SourceUrl = document.SourceUrl is null ? parsed.SourceUrl : SourceAddresses.Canonical(document.SourceUrl, parsed.Page.CanonicalUrl),
            Description = parsed.Description,
            DateSource = parsed.DateSource,
            DateNote = parsed.DateNote,
            QualityFlag = parsed.QualityFlag,
            QualityReason = parsed.QualityReason,
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

    /// <remarks>Plain SQL, as the batches' lookups (see <see cref="StoredArticle"/>).</remarks>
    private async Task<KnownArticles> LoadKnownAsync(string where, (string, object?)[] parameters, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = StoreCommand.Create(
            db.Database.GetDbConnection(), null, $"""SELECT a."SourcePath", a."ContentHash", a."CodebookHash", a."Slug", a."Outlet" FROM "Articles" a {where}""", parameters);
        var rows = await command.ListAsync(r => (Path: r.GetString(0), Known: new KnownArticle(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4))), cancellationToken);
        return new KnownArticles(rows.ToDictionary(r => r.Path, r => r.Known, StringComparer.Ordinal));
    }

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>What an import needs to know of a stored article to skip it unparsed.</summary>
public sealed record KnownArticle(string ContentHash, string? CodebookHash, string Slug, string? Outlet);

/// <summary>The store's articles by path, as they were when an import began.</summary>
public sealed class KnownArticles(IReadOnlyDictionary<string, KnownArticle> byPath)
{
    public static KnownArticles None { get; } = new(new Dictionary<string, KnownArticle>());

    /// <summary>
    /// True, with its slug, when the article at <paramref name="path"/> already holds this text tagged by this codebook
    /// (and, when the source sets one, this <paramref name="outlet"/>).
    /// </summary>
    public bool IsUnchanged(string path, string hash, string codebookHash, string? outlet, out string slug)
    {
        if (byPath.TryGetValue(path, out var known) && known.ContentHash == hash && known.CodebookHash == codebookHash
            && (outlet is null || known.Outlet == outlet))
        {
            slug = known.Slug;
            return true;
        }

        slug = "";
        return false;
    }
}
