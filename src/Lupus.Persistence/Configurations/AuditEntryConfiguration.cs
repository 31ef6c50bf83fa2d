using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

/// <summary>The audit trail has no foreign keys: it outlives the rows it describes.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Entity).HasMaxLength(40);
        builder.Property(a => a.Field).HasMaxLength(60);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.HasIndex(a => new { a.PatientId, a.At });
    }

    /// <summary>
    /// PostgreSQL: the values are compressed with lz4 rather than the default pglz. A bulk import's audit texts are
    /// tens of kilobytes each, and pglz spent about a second of the server's CPU per million lab results on them
    /// (bench/interchange/results.md); lz4 spends a fraction of that for a similar size.
    /// </summary>
    public static void CompressValuesWithLz4(ModelBuilder builder)
    {
        builder.Entity<AuditEntry>().Property(a => a.OldValue).UseCompressionMethod("lz4");
        builder.Entity<AuditEntry>().Property(a => a.NewValue).UseCompressionMethod("lz4");
    }
}
