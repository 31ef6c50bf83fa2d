using Lupus.Interchange.Model;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Csv;

/// <summary>Reads the long-format CSV tables (docs/interchange.md); each file's name says which table it holds.</summary>
public static class CsvDatasetReader
{
    /// <summary>Rows per part of <see cref="ReadInParts"/> after the first: a few megabytes of rows in flight.</summary>
    public const int RowsPerPart = 8192;

    /// <summary>The whole file set as one data set.</summary>
    public static InterchangeDataset Read(IReadOnlyList<string> files)
    {
        var whole = new InterchangeDataset();
        foreach (var part in ReadInParts(files))
        {
            whole.Append(part);
        }

        return whole;
    }

    /// <summary>
    /// The file set as it is read, in the parts <see cref="Import.DatasetImporter"/> takes: first the patients and
    /// visits tables whole (and the errors of files that name no table), then the other tables' rows, at most
    /// <paramref name="rowsPerPart"/> to a part, each part with the read errors found in it.
    /// </summary>
    public static IEnumerable<InterchangeDataset> ReadInParts(IReadOnlyList<string> files, int rowsPerPart = RowsPerPart)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerPart, 1);
        var first = new InterchangeDataset();
        var later = new List<(string File, IDatasetTable Table)>();
        foreach (var file in files)
        {
            var table = InterchangeTables.ForFile(file);
            if (table is null)
            {
                var names = string.Join(", ", InterchangeTables.All.Select(t => t.FileName));
                first.Errors.Add(new InterchangeError(new SourceLocation(file, "1"), $"unknown table: the file name must be one of {names}"));
            }
            else if (table == PatientsTable.Instance || table == VisitsTable.Instance)
            {
                foreach (var _ in Rows(file, table, first))
                {
                }
            }
            else
            {
                later.Add((file, table));
            }
        }

        yield return first;
        var part = new InterchangeDataset();
        foreach (var (file, table) in later)
        {
            foreach (var _ in Rows(file, table, () => part))
            {
                if (part.RowCount + part.Errors.Count >= rowsPerPart)
                {
                    yield return part;
                    part = new InterchangeDataset();
                }
            }
        }

        if (part.RowCount + part.Errors.Count > 0)
        {
            yield return part;
        }
    }

    private static IEnumerable<CsvRow> Rows(string file, IDatasetTable table, InterchangeDataset into) => Rows(file, table, () => into);

    /// <summary>Reads each row into the data set <paramref name="into"/> gives at that moment (the part being filled).</summary>
    private static IEnumerable<CsvRow> Rows(string file, IDatasetTable table, Func<InterchangeDataset> into)
    {
        var required = table.Columns.Except(table.OptionalColumns).ToArray();
        var errors = new List<InterchangeError>();
        foreach (var row in CsvSource.Rows(file, table.Columns, required, errors))
        {
            var dataset = into();
            MoveErrors(errors, dataset);
            table.ReadInto(dataset, new RowReader(row, row.Location, dataset.Errors));
            yield return row;
        }

        MoveErrors(errors, into());
    }

    private static void MoveErrors(List<InterchangeError> from, InterchangeDataset to)
    {
        if (from.Count > 0)
        {
            to.Errors.AddRange(from);
            from.Clear();
        }
    }
}
