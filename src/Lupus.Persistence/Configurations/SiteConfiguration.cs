using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Code).HasMaxLength(12);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.Code).IsUnique();
    }
}
