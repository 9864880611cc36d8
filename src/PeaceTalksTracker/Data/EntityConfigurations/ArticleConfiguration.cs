using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.SourcePath).IsUnique();
        builder.HasIndex(a => a.ContentHash);
        // A page re-imported from its canonical address finds its article by it.
        builder.HasIndex(a => a.SourceUrl);
        builder.HasIndex(a => a.PublishedOn);
        builder.HasIndex(a => a.Title);
        builder.HasIndex(a => a.Outlet);
        // Covers the outlet pages' counting (outlet, day and the Counted() columns) and their newest-first walk.
        builder.HasIndex(a => new { a.Outlet, a.PublishedOn, a.QualityFlag, a.DuplicateOfId });
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        // SQLite stores DateTimeOffset as text that does not sort; ticks sort and compare correctly.
        builder.Property(a => a.ImportedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(a => a.UpdatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(a => a.QualityFlag).HasMaxLength(40);
        // A near-duplicate outlives its original: deleting the original makes the copy count again.
        builder.HasOne<Article>().WithMany().HasForeignKey(a => a.DuplicateOfId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Paragraphs).WithOne(p => p.Article).HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.CitedSources).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.RemovedTexts).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Quotes).WithOne().HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Stakeholders).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Themes).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
