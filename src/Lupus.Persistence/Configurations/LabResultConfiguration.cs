using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class LabResultConfiguration : IEntityTypeConfiguration<LabResult>
{
    public void Configure(EntityTypeBuilder<LabResult> builder)
    {
        builder.MapRecord();
        builder.Property(r => r.Unit).HasMaxLength(20);
        builder.HasIndex(r => new { r.PatientId, r.CollectionDate });
    }
}
