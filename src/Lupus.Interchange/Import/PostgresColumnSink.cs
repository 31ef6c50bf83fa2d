using Npgsql;

namespace Lupus.Interchange.Import;

/// <summary>Writes typed values to a binary COPY, each with its column's store type from the EF Core model.</summary>
internal sealed class PostgresColumnSink(NpgsqlBinaryImporter importer, string[] storeTypes) : IColumnSink
{
    public void Write(int column, Guid value) => importer.Write(value, storeTypes[column]);

    public void Write(int column, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
            return;
        }

        importer.Write(value, storeTypes[column]);
    }

    public void Write(int column, int value) => importer.Write(value, storeTypes[column]);

    public void Write(int column, long value) => importer.Write(value, storeTypes[column]);

    public void Write(int column, decimal value) => importer.Write(value, storeTypes[column]);

    public void Write(int column, double value) => importer.Write(value, storeTypes[column]);

    public void Write(int column, bool value) => importer.Write(value, storeTypes[column]);

    public void Write(int column, DateOnly value) => importer.Write(value, storeTypes[column]);

    public void Write(int column, DateTime value) => importer.Write(value, storeTypes[column]);

    public void WriteNull(int column) => importer.WriteNull();
}
