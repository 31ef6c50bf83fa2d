using NpgsqlTypes;

namespace Lupus.Web.Seed;

/// <summary>A column written by the seeder, with its PostgreSQL type for binary COPY.</summary>
internal sealed record Column(string Name, NpgsqlDbType PostgresType);
