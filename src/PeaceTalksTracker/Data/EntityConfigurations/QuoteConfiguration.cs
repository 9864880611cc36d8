using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PeaceTalksTracker.Analysis;

namespace PeaceTalksTracker.Data.EntityConfigurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.ToTable("Quotes");
        builder.HasIndex(q => q.ArticleId);
        builder.HasIndex(q => q.StakeholderId);

        // Stored by name, so the store reads "SaidVerb" rather than a number whose meaning lives in the code.
        builder.Property(q => q.Method).HasConversion<string>();
    }
}
