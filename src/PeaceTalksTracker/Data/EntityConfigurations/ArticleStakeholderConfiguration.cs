using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class ArticleStakeholderConfiguration : IEntityTypeConfiguration<ArticleStakeholder>
{
    public void Configure(EntityTypeBuilder<ArticleStakeholder> builder)
    {
        builder.ToTable("ArticleStakeholders");
        builder.HasKey(s => new { s.ArticleId, s.StakeholderId });
        // Filtering the list by stakeholder walks this index, not the articles.
        builder.HasIndex(s => new { s.StakeholderId, s.ArticleId });
        // A stakeholder's page (and the list sorted by relevance to it) shows the articles that name it most first (0002).
        builder.HasIndex(s => new { s.StakeholderId, s.Mentions, s.ArticleId });
    }
}
