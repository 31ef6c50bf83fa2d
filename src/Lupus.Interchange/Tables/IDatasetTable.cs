using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tables;

/// <summary>A long-format table seen without its row type, so readers and writers can loop over all of them.</summary>
public interface IDatasetTable
{
    string FileName { get; }

    IReadOnlyList<string> Columns { get; }

    IReadOnlyList<string> OptionalColumns { get; }

    /// <summary>Reads one row into <paramref name="dataset"/>, or adds its errors to the reader's list.</summary>
    void ReadInto(InterchangeDataset dataset, RowReader reader);

    /// <summary>The header the data set's rows are written with.</summary>
    IReadOnlyList<string> HeaderFor(InterchangeDataset dataset);

    IEnumerable<string[]> CellsOf(InterchangeDataset dataset);
}
