using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Lupus.Persistence.Conversion;

/// <summary>Stores a NodaTime <see cref="LocalDate"/> as a provider date (<c>date</c> in PostgreSQL, ISO text in SQLite).</summary>
public sealed class LocalDateConverter : ValueConverter<LocalDate, DateOnly>
{
    public LocalDateConverter()
        : base(d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d))
    {
    }
}
