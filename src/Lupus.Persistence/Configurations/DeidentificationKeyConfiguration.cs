using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class DeidentificationKeyConfiguration : IEntityTypeConfiguration<DeidentificationKey>
{
    public void Configure(EntityTypeBuilder<DeidentificationKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Secret).HasMaxLength(64);
    }
}
