using Lupus.Persistence.Entities;
using Lupus.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.StudyId).HasMaxLength(40);
        builder.Property(p => p.Ethnicity).HasMaxLength(100);
        builder.Property(p => p.Cohort).HasMaxLength(100);
        builder.HasIndex(p => p.Cohort);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.StudyId).IsUnique();
        builder.HasSearchKey(p => p.StudyIdKey, p => p.Id, 40);
        builder.HasOne(p => p.Site).WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Identity).WithOne(i => i.Patient).HasForeignKey<PatientIdentity>(i => i.PatientId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
