using Lupus.Interchange.Model;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Csv;

/// <summary>Reads the long-format CSV tables (docs/interchange.md); each file's name says which table it holds.</summary>
public static class CsvDatasetReader
{
    public static InterchangeDataset Read(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var dataset = new InterchangeDataset();
        foreach (var file in files)
        {
            var table = InterchangeTables.ForFile(file);
            if (table is null)
            {
                var names = string.Join(", ", InterchangeTables.All.Select(t => t.FileName));
                dataset.Errors.Add(new InterchangeError(new SourceLocation(file, "1"), $"unknown table: the file name must be one of {names}"));
                continue;
            }

            var required = table.Columns.Except(table.OptionalColumns).ToArray();
            CsvSource.Read(file, table.Columns, required, dataset.Errors,
                row => table.ReadInto(dataset, new RowReader(row, row.Location, dataset.Errors)));
        }

        return dataset;
    }
}
