using CsvHelper;
using Lupus.Interchange.Model;
using Lupus.Interchange.Tables;

namespace Lupus.Interchange.Csv;

/// <summary>Writes a data set as the six long-format CSV tables, header included even when a table is empty.</summary>
public static class CsvDatasetWriter
{
    /// <summary>Writes every table into <paramref name="outDirectory"/> and returns the files written.</summary>
    public static IReadOnlyList<string> Write(InterchangeDataset dataset, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Directory.CreateDirectory(outDirectory);
        var written = new List<string>();
        foreach (var table in InterchangeTables.All)
        {
            var path = Path.Combine(outDirectory, table.FileName);
            WriteTable(path, table.HeaderFor(dataset), table.CellsOf(dataset));
            written.Add(path);
        }

        return written;
    }

    /// <summary>Writes one CSV file through a temporary file, so a failed write never leaves half a table.</summary>
    public static void WriteTable(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var temporary = path + ".tmp";
        using (var writer = CsvWriter.ToFile(temporary))
        {
            writer.WriteHeader([.. header]);
            foreach (var cells in rows)
            {
                writer.WriteRecord(cells.AsSpan(0, header.Count));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
