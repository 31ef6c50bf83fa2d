using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Lupus.Persistence.Conversion;

/// <summary>Stores a NodaTime <see cref="Instant"/> as a UTC timestamp (<c>timestamptz</c> in PostgreSQL).</summary>
public sealed class InstantConverter : ValueConverter<Instant, DateTime>
{
    public InstantConverter()
        : base(i => i.ToDateTimeUtc(), d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)))
    {
    }
}
