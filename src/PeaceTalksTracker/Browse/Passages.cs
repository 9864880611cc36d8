using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Data;

namespace PeaceTalksTracker.Browse;

/// <summary>A paragraph shown out of its article (stakeholder and theme pages), with its mentions highlighted.</summary>
public sealed record Passage(int ParagraphId, int ArticleId, int Index, string? Heading, IReadOnlyList<TextSegment> Segments, IReadOnlyList<string> Stakeholders);

/// <summary>An article and the passages of it a stakeholder or theme page shows.</summary>
public sealed record PassageGroup(string Slug, string Title, string? Outlet, DateOnly? PublishedOn, int Count, IReadOnlyList<Passage> Passages);

public static class Passages
{
    public const int ArticlesPerPage = 10;
    public const int PassagesPerArticle = 6;

    /// <summary>Loads the given paragraphs with every mention in them; the caller has already limited the ids to a page.</summary>
    public static async Task<IReadOnlyList<Passage>> LoadAsync(PeaceTalksDbContext db, IReadOnlyCollection<int> paragraphIds, CancellationToken cancellationToken)
    {
        var ids = paragraphIds.ToList();
        var paragraphs = await db.Paragraphs.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.ArticleId, p.Index, p.Heading, p.Text })
            .ToListAsync(cancellationToken);
        var mentions = await db.Mentions.Where(m => ids.Contains(m.ParagraphId))
            .Select(m => new { m.ParagraphId, m.Start, m.Length, m.StakeholderId })
            .ToListAsync(cancellationToken);
        var byParagraph = mentions.ToLookup(m => m.ParagraphId);
        return paragraphs.OrderBy(p => p.ArticleId).ThenBy(p => p.Index)
            .Select(p => new Passage(p.Id, p.ArticleId, p.Index, p.Heading,
                ArticleBodyRenderer.Highlight(p.Text, byParagraph[p.Id].Select(m => new MentionSpan(m.Start, m.Length, m.StakeholderId))),
                byParagraph[p.Id].Select(m => m.StakeholderId).Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    /// <summary>Reads <c>?page=</c> for the passage pages; anything but a positive number is page 1.</summary>
    public static int ParsePage(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;
}
