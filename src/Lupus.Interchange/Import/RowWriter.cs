using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lupus.Interchange.Import;

/// <summary>
/// The table, quoted columns and one compiled writer of an entity type: the writer reads every mapped property,
/// applies the EF Core model's value converter and hands the typed provider value to an <see cref="IColumnSink"/>,
/// so rows are stored exactly as a normal save would store them, without boxing.
/// </summary>
internal sealed class RowWriter<T>
    where T : class
{
    private RowWriter(string table, string[] columns, string[] storeTypes, Action<T, IColumnSink> write)
    {
        Table = table;
        Columns = columns;
        StoreTypes = storeTypes;
        Write = write;
    }

    /// <summary>The quoted table name.</summary>
    public string Table { get; }

    /// <summary>The quoted column names, in the order the writer visits them.</summary>
    public string[] Columns { get; }

    /// <summary>The provider's store type of each column (for PostgreSQL's binary COPY).</summary>
    public string[] StoreTypes { get; }

    public Action<T, IColumnSink> Write { get; }

    public static RowWriter<T> For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        var row = Expression.Parameter(typeof(T), "row");
        var sink = Expression.Parameter(typeof(IColumnSink), "sink");
        var body = properties.Select((p, i) => WriteColumn(p, i, row, sink)).ToList();
        var write = Expression.Lambda<Action<T, IColumnSink>>(Expression.Block(body), row, sink).Compile();
        return new RowWriter<T>(Quote(table), [.. properties.Select(p => Quote(p.GetColumnName(store)!))],
            [.. properties.Select(p => ((RelationalTypeMapping)p.GetRelationalTypeMapping()).StoreTypeNameBase)], write);
    }

    // Names come from the model, never from input; quoting only guards reserved words.
    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary><c>sink.Write(i, convert(row.Property))</c>, or <c>sink.WriteNull(i)</c> for a null value.</summary>
    private static Expression WriteColumn(IProperty property, int index, ParameterExpression row, ParameterExpression sink)
    {
        var column = Expression.Constant(index);
        var value = (Expression)Expression.Property(row, property.PropertyInfo ?? throw new InvalidOperationException($"{property.Name} has no CLR property."));
        var converter = property.GetTypeMapping().Converter;
        var underlying = Nullable.GetUnderlyingType(value.Type);
        var writeNull = Expression.Call(sink, typeof(IColumnSink).GetMethod(nameof(IColumnSink.WriteNull))!, column);
        if (underlying is not null)
        {
            var present = Provider(Expression.Property(value, "Value"), converter);
            return Expression.IfThenElse(Expression.Property(value, "HasValue"), Call(sink, column, present), writeNull);
        }

        if (!value.Type.IsValueType && converter is not null)
        {
            var converted = Provider(value, converter);
            return Expression.IfThenElse(Expression.Equal(value, Expression.Constant(null, value.Type)), writeNull, Call(sink, column, converted));
        }

        return Call(sink, column, Provider(value, converter));
    }

    private static Expression Provider(Expression value, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? converter)
    {
        if (converter is not null)
        {
            var convert = converter.ConvertToProviderExpression;
            value = Expression.Invoke(convert, Expression.Convert(value, convert.Parameters[0].Type));
        }

        return value.Type.IsEnum ? Expression.Convert(value, Enum.GetUnderlyingType(value.Type)) : value;
    }

    private static MethodCallExpression Call(ParameterExpression sink, ConstantExpression column, Expression value)
    {
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        var method = typeof(IColumnSink).GetMethod(nameof(IColumnSink.Write), [typeof(int), type])
            ?? throw new NotSupportedException($"No bulk writer for provider type {type.Name}.");
        return Expression.Call(sink, method, column, Expression.Convert(value, type));
    }
}
