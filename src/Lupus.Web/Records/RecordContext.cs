using Lupus.Persistence;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Web.Records;

/// <summary>What validation and mapping of a patient record may look at.</summary>
/// <param name="Patient">The (visible) patient the record belongs to.</param>
/// <param name="Today">Today's date (UTC), the latest allowed clinical date.</param>
/// <param name="Db">The request's database context.</param>
public sealed record RecordContext(Patient Patient, LocalDate Today, LupusDbContext Db);
