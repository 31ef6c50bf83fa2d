using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Search;

/// <summary>Mapping of the <see cref="SearchKey"/> columns.</summary>
internal static class SearchKeyColumns
{
    /// <summary>
    /// Marks a key column (derived, not audited) of the given length and indexes it with the row's id after it, so a
    /// search can read the first matches of each field in one deterministic order straight from the index.
    /// </summary>
    public static void HasSearchKey<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, string>> key, Expression<Func<T, Guid>> id, int maxLength)
        where T : class
    {
        var property = entity.Property(key).HasMaxLength(maxLength).IsRequired().HasAnnotation(SearchKey.Annotation, true);
        entity.HasIndex(property.Metadata.Name, entity.Property(id).Metadata.Name);
    }

    /// <summary>True for a key column: audits leave it out, as it only repeats the field it is derived from.</summary>
    public static bool IsSearchKey(this IReadOnlyProperty property) => property.FindAnnotation(SearchKey.Annotation) is not null;

    /// <summary>
    /// PostgreSQL compares text by the database's locale unless told otherwise; the key columns use "C" (byte order),
    /// where the range <c>[term, term + U+FFFF)</c> holds exactly the keys starting with the term, as on SQLite.
    /// </summary>
    public static void UseByteOrder(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.IsSearchKey()).ToList())
        {
            property.SetCollation("C");
        }
    }
}
