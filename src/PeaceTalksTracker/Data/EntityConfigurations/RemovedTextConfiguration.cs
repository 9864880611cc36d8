using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Articles;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class RemovedTextConfiguration : IEntityTypeConfiguration<RemovedText>
{
    public void Configure(EntityTypeBuilder<RemovedText> builder)
    {
        builder.ToTable("RemovedTexts");
        builder.HasIndex(r => new { r.ArticleId, r.Position });
    }
}
