using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.MapRecord();
        builder.Property(v => v.SledaiDescriptors).HasMaxLength(600);
        builder.Property(v => v.ConcomitantTreatments).HasMaxLength(2000);
        builder.Property(v => v.BilagRenalGrade).HasMaxLength(1);
        builder.Property(v => v.BilagGrades).HasMaxLength(9);
        builder.Property(v => v.BilagItems).HasMaxLength(8000);
        builder.HasIndex(v => new { v.PatientId, v.VisitDate });
    }
}
