using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class PatientDateShiftConfiguration : IEntityTypeConfiguration<PatientDateShift>
{
    public void Configure(EntityTypeBuilder<PatientDateShift> builder)
    {
        builder.HasKey(s => s.PatientId);
        builder.HasOne<Patient>().WithOne().HasForeignKey<PatientDateShift>(s => s.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
