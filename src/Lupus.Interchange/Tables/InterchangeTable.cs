using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tables;

/// <summary>
/// One long-format table (docs/interchange.md): its file name, its columns, and how a row is read from named cells
/// and written back. Reading and writing live together so that an export always reads back as the same rows.
/// </summary>
public abstract class InterchangeTable<TRow> : IDatasetTable
    where TRow : class
{
    public const string SiteCode = "site_code";
    public const string StudyId = "study_id";

    /// <summary>The CSV file name, for example <c>labs.csv</c>.</summary>
    public abstract string FileName { get; }

    /// <summary>Every column, in written order; the first two are always site code and study id.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>Columns that may be left out of a file altogether (empty cells throughout).</summary>
    public virtual IReadOnlyList<string> OptionalColumns => [];

    public abstract List<TRow> RowsOf(InterchangeDataset dataset);

    /// <summary>Reads one row, or returns null after adding its errors.</summary>
    public TRow? Read(RowReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var site = reader.Text(SiteCode);
        var studyId = reader.Text(StudyId);
        var row = ReadFields(reader, new PatientKey(site ?? "", studyId ?? ""));
        return reader.Ok ? row : null;
    }

    /// <summary>The row's cells in <see cref="Columns"/> order.</summary>
    public abstract string[] Write(TRow row);

    /// <summary>The columns a given data set writes (identifying columns only when some row carries them).</summary>
    public virtual IReadOnlyList<string> ColumnsFor(IReadOnlyList<TRow> rows) => Columns;

    public void ReadInto(InterchangeDataset dataset, RowReader reader)
    {
        if (Read(reader) is { } row)
        {
            RowsOf(dataset).Add(row);
        }
    }

    public IReadOnlyList<string> HeaderFor(InterchangeDataset dataset) => ColumnsFor(RowsOf(dataset));

    public IEnumerable<string[]> CellsOf(InterchangeDataset dataset) => RowsOf(dataset).Select(Write);

    /// <summary>Reads the fields after the key; may return a row built from placeholders when the reader failed.</summary>
    protected abstract TRow? ReadFields(RowReader reader, PatientKey patient);
}
