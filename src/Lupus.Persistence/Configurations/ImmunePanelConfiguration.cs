using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class ImmunePanelConfiguration : IEntityTypeConfiguration<ImmunePanel>
{
    public void Configure(EntityTypeBuilder<ImmunePanel> builder)
    {
        builder.MapRecord();
        builder.HasIndex(r => new { r.PatientId, r.SampleDate });
    }
}
