using Lupus.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lupus.Interchange.Import;

/// <summary>
/// Inserts many new rows of one entity type inside the context's current transaction, bypassing the change
/// tracker: prepared statements on SQLite, binary COPY on PostgreSQL. Columns, names and value conversions come
/// from the EF Core model, so the rows are stored exactly as a normal save would store them.
/// </summary>
internal abstract class BulkInserter
{
    public static BulkInserter For(LupusDbContext db) =>
        db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal) ? new PostgresBulkInserter(db) : new SqliteBulkInserter(db);

    /// <summary>Inserts <paramref name="rows"/>; calls <paramref name="onRow"/> after each one (for progress).</summary>
    public abstract void Insert<T>(IEnumerable<T> rows, Action onRow, CancellationToken cancellationToken)
        where T : class;

    /// <summary>Table, quoted column list and per-column value readers of an entity type.</summary>
    protected static TableShape Shape<T>(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        var columns = properties.Select(p => p.GetColumnName(store)!).ToArray();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        return new TableShape(Quote(table), [.. columns.Select(Quote)], mappings, getters);
    }

    // Names come from the model, never from input; quoting only guards reserved words.
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected sealed record TableShape(string Table, string[] Columns, RelationalTypeMapping[] Mappings, IClrPropertyGetter[] Getters)
    {
        /// <summary>The provider value of column <paramref name="i"/> of <paramref name="row"/>, or null.</summary>
        public object? Value(object row, int i)
        {
            var value = Getters[i].GetClrValue(row);
            return value is null ? null : Mappings[i].Converter?.ConvertToProvider(value) ?? value;
        }
    }
}
