using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Browse;
using PeaceTalksTracker.Data;
using ArticleEntity = PeaceTalksTracker.Articles.Article;

namespace PeaceTalksTracker.Pages.Articles;

/// <summary><c>/articles/{slug}</c>: the reading view, each paragraph anchored, with highlights, theme margin and quotes.</summary>
public sealed class ShowModel(IDbContextFactory<PeaceTalksDbContext> dbFactory, ArticleBodyRenderer bodyRenderer, CodebookProvider codebookProvider)
    : PageModel
{
    public const int CompareChoices = 50;

    public sealed record ArticleHeader(
        int Id, string Slug, string Title, bool TitleIsDerived, string? Subtitle, string? Outlet, string? Author, string? Dateline,
        DateOnly? PublishedOn, string? Caption, string? CaptionCredit, string? SourceUrl, int WordCount, string SourceFile, string? EncodingNote,
        string BodyMarkdown);

    public sealed record ParagraphView(int Index, ParagraphKind Kind, string Text, IReadOnlyList<TextSegment> Segments, IReadOnlyList<ThemeTag> Themes);

    public sealed record ThemeTag(string ThemeId, double Score, IReadOnlyList<string> Evidence);

    /// <summary>A quote as listed; <see cref="Uncertain"/> marks attributions read from a pronoun or a continuation.</summary>
    public sealed record QuoteView(int ParagraphIndex, string Text, string? Role, AttributionMethod Method)
    {
        public bool Uncertain => Method is AttributionMethod.Pronoun or AttributionMethod.Continuation;
    }

    public sealed record SpeakerQuotes(string Speaker, string? StakeholderId, IReadOnlyList<QuoteView> Quotes);

    public sealed record ArticleLink(string Slug, string Title);

    public sealed record LegendEntry(string StakeholderId, int Mentions);

    /// <summary>What cleaning decided about the page: its quality flag, the date's note, the copy it repeats, its other sources.</summary>
    public sealed record CleaningView(string? QualityReason, string? DateSource, string? DateNote, ArticleLink? DuplicateOf, IReadOnlyList<string> OtherSources);

    public Codebook Codebook => codebookProvider.Current;

    public CleaningView Cleaning { get; private set; } = new(null, null, null, null, []);

    public ArticleHeader Article { get; private set; } = default!;

    public ArticleBody Body { get; private set; } = default!;

    public IReadOnlyDictionary<int, ParagraphView> Paragraphs { get; private set; } = new Dictionary<int, ParagraphView>();

    public IReadOnlyList<LegendEntry> Legend { get; private set; } = [];

    public IReadOnlyList<SpeakerQuotes> Quotes { get; private set; } = [];

    public sealed record CitedSourceView(string Name, string? Title);

    public IReadOnlyList<CitedSourceView> CitedSources { get; private set; } = [];

    public IReadOnlyList<string> RemovedTexts { get; private set; } = [];

    public ArticleLink? Previous { get; private set; }

    public ArticleLink? Next { get; private set; }

    public IReadOnlyList<ArticleLink> CompareCandidates { get; private set; } = [];

    /// <summary>Set by <c>?stakeholder=</c> or <c>?theme=</c> (links from the coverage matrix): the passages to jump to.</summary>
    public (string Kind, string Id, string Name, IReadOnlyList<int> Paragraphs)? Focus { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? stakeholder, string? theme, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var snapshot = await db.BeginReadSnapshotAsync(cancellationToken);
        var article = await db.Articles.Where(a => a.Slug == slug)
            .Select(a => new ArticleHeader(a.Id, a.Slug, a.Title, a.TitleIsDerived, a.Subtitle, a.Outlet, a.Author, a.Dateline, a.PublishedOn,
                a.Caption, a.CaptionCredit, a.SourceUrl, a.WordCount, a.SourceFile, a.EncodingNote, a.BodyMarkdown))
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        var cleaning = await db.Articles.Where(a => a.Id == article.Id)
            .Select(a => new { a.QualityReason, a.DateSource, a.DateNote, a.DuplicateOfId })
            .SingleAsync(cancellationToken);
        var duplicateOf = cleaning.DuplicateOfId is { } originalId
            ? await db.Articles.Where(a => a.Id == originalId).Select(a => new ArticleLink(a.Slug, a.Title)).SingleOrDefaultAsync(cancellationToken)
            : null;
        var otherSources = await db.ArticleSources.Where(s => s.ArticleId == article.Id).OrderBy(s => s.Id)
            .Select(s => s.SourceUrl ?? s.SourceFile).ToListAsync(cancellationToken);
        Cleaning = new CleaningView(cleaning.QualityReason, cleaning.DateSource, cleaning.DateNote, duplicateOf, otherSources);
        var paragraphs = await db.Paragraphs.Where(p => p.ArticleId == article.Id).OrderBy(p => p.Index)
            .Select(p => new { p.Index, p.Kind, p.Text })
            .ToListAsync(cancellationToken);
        var mentions = await db.Mentions
            .Join(db.Paragraphs.Where(p => p.ArticleId == article.Id), m => m.ParagraphId, p => p.Id, (m, p) => new { p.Index, m.Start, m.Length, m.StakeholderId })
            .ToListAsync(cancellationToken);
        var themes = await db.ParagraphThemes
            .Join(db.Paragraphs.Where(p => p.ArticleId == article.Id), t => t.ParagraphId, p => p.Id, (t, p) => new { p.Index, t.ThemeId, t.Score, t.Evidence })
            .ToListAsync(cancellationToken);

        var mentionsByParagraph = mentions.ToLookup(m => m.Index, m => new MentionSpan(m.Start, m.Length, m.StakeholderId));
        var themesByParagraph = themes.ToLookup(t => t.Index);
        Paragraphs = paragraphs.ToDictionary(p => p.Index, p => new ParagraphView(
            p.Index, p.Kind, p.Text, ArticleBodyRenderer.Highlight(p.Text, mentionsByParagraph[p.Index]),
            themesByParagraph[p.Index].OrderByDescending(t => t.Score)
                .Select(t => new ThemeTag(t.ThemeId, t.Score, t.Evidence.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                .ToList()));
        Body = bodyRenderer.Render(article.BodyMarkdown, paragraphs.Select(p => (p.Index, p.Kind)).ToList());

        Legend = mentions.GroupBy(m => m.StakeholderId)
            .Select(g => new LegendEntry(g.Key, g.Count()))
            .OrderByDescending(l => l.Mentions).ThenBy(l => l.StakeholderId, StringComparer.Ordinal)
            .ToList();

        var quotes = await db.Quotes.Where(q => q.ArticleId == article.Id).OrderBy(q => q.ParagraphIndex).ThenBy(q => q.Id)
            .Select(q => new { q.Speaker, q.StakeholderId, q.ParagraphIndex, q.Text, q.Role, q.Method, q.IsPhrase })
            .ToListAsync(cancellationToken);
        // Phrases in quote marks (“aid fatigue”) are listed apart from what people said.
        Quotes = quotes.GroupBy(q => (q.IsPhrase ? "Phrases in quote marks" : q.Speaker ?? "Unattributed", q.IsPhrase ? null : q.StakeholderId))
            .Select(g => new SpeakerQuotes(g.Key.Item1, g.Key.Item2, g.Select(q => new QuoteView(q.ParagraphIndex, q.Text, q.Role, q.Method)).ToList()))
            .OrderBy(s => s.Speaker switch { "Phrases in quote marks" => 2, "Unattributed" => 1, _ => 0 }).ThenBy(s => s.Quotes[0].ParagraphIndex)
            .ToList();

        CitedSources = await db.CitedSources.Where(c => c.ArticleId == article.Id).OrderBy(c => c.Position)
            .Select(c => new CitedSourceView(c.Name, c.Title))
            .ToListAsync(cancellationToken);
        RemovedTexts = await db.RemovedTexts.Where(r => r.ArticleId == article.Id).OrderBy(r => r.Position)
            .Select(r => r.Text)
            .ToListAsync(cancellationToken);

        (Previous, Next) = await FindNeighboursAsync(db, article, cancellationToken);
        CompareCandidates = await db.Articles.Where(a => a.Id != article.Id)
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Take(CompareChoices)
            .Select(a => new ArticleLink(a.Slug, a.Title))
            .ToListAsync(cancellationToken);

        if (stakeholder is not null && Codebook.FindStakeholder(stakeholder) is { } code)
        {
            Focus = ("stakeholder", code.Id, code.Name, mentions.Where(m => m.StakeholderId == code.Id).Select(m => m.Index).Distinct().Order().ToList());
        }
        else if (theme is not null && Codebook.FindTheme(theme) is { } themeCode)
        {
            Focus = ("theme", themeCode.Id, themeCode.Name, themes.Where(t => t.ThemeId == themeCode.Id).Select(t => t.Index).Distinct().Order().ToList());
        }

        return Page();
    }

    /// <summary>A paragraph's text with its mentions highlighted, and its inline Markdown when it is a Markdown article's and still reads as the stored text.</summary>
    public Microsoft.AspNetCore.Html.IHtmlContent TextOf(TextBlockView block, ParagraphView paragraph) =>
        block.Inline is { } inline && Intake.MarkdownInline.PlainText(inline) == paragraph.Text
            ? InlineMarkdownHtml.Render(inline, paragraph.Segments, StakeholderName)
            : HighlightHtml.Render(paragraph.Segments, StakeholderName);

    public string StakeholderName(string? id) => id is null ? "" : Codebook.FindStakeholder(id)?.Name ?? id;

    public string ThemeName(string id) => Codebook.FindTheme(id)?.Name ?? id;

    public string? ThemeDescription(string id) => Codebook.FindTheme(id)?.Description;

    /// <summary>
    /// Neighbours in the list's default order: newest first (same day: newest imported first), undated last. Each
    /// look-up is one ordered walk of the (PublishedOn, Id) index that stops at the first row.
    /// </summary>
    private static async Task<(ArticleLink? Previous, ArticleLink? Next)> FindNeighboursAsync(
        PeaceTalksDbContext db, ArticleHeader article, CancellationToken cancellationToken)
    {
        var id = article.Id;
        var dated = db.Articles.Where(a => a.PublishedOn != null);
        var undated = db.Articles.Where(a => a.PublishedOn == null);
        IQueryable<ArticleEntity> Earliest(IQueryable<ArticleEntity> query) => query.OrderBy(a => a.PublishedOn).ThenBy(a => a.Id);
        IQueryable<ArticleEntity> Latest(IQueryable<ArticleEntity> query) => query.OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id);
        Task<ArticleLink?> First(IQueryable<ArticleEntity> query) => query.Select(a => new ArticleLink(a.Slug, a.Title)).FirstOrDefaultAsync(cancellationToken);

        if (article.PublishedOn is { } date)
        {
            var previous = await First(Earliest(dated.Where(a => a.PublishedOn > date || (a.PublishedOn == date && a.Id > id))));
            var next = await First(Latest(dated.Where(a => a.PublishedOn < date || (a.PublishedOn == date && a.Id < id))))
                ?? await First(undated.OrderByDescending(a => a.Id));
            return (previous, next);
        }

        return (await First(undated.Where(a => a.Id > id).OrderBy(a => a.Id)) ?? await First(Earliest(dated)),
            await First(undated.Where(a => a.Id < id).OrderByDescending(a => a.Id)));
    }
}
