using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.ToTable("Mentions");
        builder.HasIndex(m => m.ParagraphId);
        builder.HasIndex(m => m.StakeholderId);
    }
}
