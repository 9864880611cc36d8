using Microsoft.EntityFrameworkCore;
using PeaceTalksTracker.Analysis;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Sources.Feeds;

namespace PeaceTalksTracker.Data;

public sealed class PeaceTalksDbContext(DbContextOptions<PeaceTalksDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();
    public DbSet<CitedSource> CitedSources => Set<CitedSource>();
    public DbSet<RemovedText> RemovedTexts => Set<RemovedText>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<ParagraphTheme> ParagraphThemes => Set<ParagraphTheme>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<ArticleStakeholder> ArticleStakeholders => Set<ArticleStakeholder>();
    public DbSet<ArticleTheme> ArticleThemes => Set<ArticleTheme>();
    public DbSet<StoreSetting> StoreSettings => Set<StoreSetting>();
    public DbSet<Feed> Feeds => Set<Feed>();
    public DbSet<FeedItem> FeedItems => Set<FeedItem>();
    public DbSet<ArticleSource> ArticleSources => Set<ArticleSource>();
    public DbSet<ArticleFingerprint> ArticleFingerprints => Set<ArticleFingerprint>();
    public DbSet<ArticleShingleBand> ArticleShingleBands => Set<ArticleShingleBand>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PeaceTalksDbContext).Assembly);
}
