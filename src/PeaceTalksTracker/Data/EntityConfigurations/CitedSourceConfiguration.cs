using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class CitedSourceConfiguration : IEntityTypeConfiguration<CitedSource>
{
    public void Configure(EntityTypeBuilder<CitedSource> builder)
    {
        builder.ToTable("CitedSources");
        builder.HasIndex(c => new { c.ArticleId, c.Position });
    }
}
