using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class PatientEndpointConfiguration : IEntityTypeConfiguration<PatientEndpoint>
{
    public void Configure(EntityTypeBuilder<PatientEndpoint> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RuleVersion).HasMaxLength(100);
        builder.Property(e => e.InputFingerprint).HasMaxLength(64);
        builder.Property(e => e.Response12m).HasMaxLength(20);
        builder.Property(e => e.NotEvaluableReason).HasMaxLength(200);
        builder.HasOne(e => e.Patient).WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.PatientId).IsUnique();
    }
}
