using Lupus.Persistence.Entities;
using Lupus.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class PatientIdentityConfiguration : IEntityTypeConfiguration<PatientIdentity>
{
    public void Configure(EntityTypeBuilder<PatientIdentity> builder)
    {
        builder.ToTable("PatientIdentities");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.GivenName).HasMaxLength(100);
        builder.Property(i => i.FamilyName).HasMaxLength(100);
        builder.Property(i => i.HospitalNumber).HasMaxLength(40);
        builder.Property(i => i.Phone).HasMaxLength(40);
        builder.Property(i => i.Email).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasSearchKey(i => i.FamilyNameKey, i => i.PatientId, 100);
        builder.HasSearchKey(i => i.HospitalNumberKey, i => i.PatientId, 40);
    }
}
