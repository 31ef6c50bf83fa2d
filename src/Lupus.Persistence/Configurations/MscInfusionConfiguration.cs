using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class MscInfusionConfiguration : IEntityTypeConfiguration<MscInfusion>
{
    public void Configure(EntityTypeBuilder<MscInfusion> builder)
    {
        builder.MapRecord();
        builder.Property(r => r.Lot).HasMaxLength(60);
        builder.HasIndex(r => new { r.PatientId, r.InfusionDate });
    }
}
