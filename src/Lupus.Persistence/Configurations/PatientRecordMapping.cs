using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

/// <summary>The shape every patient record shares: key, owning patient (cascade) and concurrency version.</summary>
internal static class PatientRecordMapping
{
    public static void MapRecord<T>(this EntityTypeBuilder<T> builder)
        where T : PatientRecord
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Patient).WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
