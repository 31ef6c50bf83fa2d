using Lupus.Reports.Input;
using CsvHelper;

namespace Lupus.Cli.Survival;

/// <summary>
/// The columns a survival verb uses, read from a CSV file straight into typed arrays (no string per cell), so that
/// millions of rows load quickly. Rows with an empty or NA cell in a used covariate or label column are dropped and
/// counted (R's <c>na.omit</c>); a bad cell fails with <c>file:line:column</c>.
/// </summary>
internal sealed class SurvivalColumns
{
    private readonly Dictionary<string, ColumnBuffer> _columns;

    private SurvivalColumns(Dictionary<string, ColumnBuffer> columns, int rows, int dropped)
    {
        _columns = columns;
        Rows = rows;
        Dropped = dropped;
    }

    /// <summary>Rows kept.</summary>
    public int Rows { get; }

    /// <summary>Rows dropped for a missing value in a used column.</summary>
    public int Dropped { get; }

    public double[] Numbers(string name) => _columns[name].Numbers();

    public bool[] Flags(string name) => _columns[name].Flags();

    /// <summary>Label codes per row, and the labels in their sorted order (numerically when every label is a number).</summary>
    public (int[] Codes, string[] Labels) Labels(string name) => _columns[name].Labels();

    public static SurvivalColumns Load(string path, IReadOnlyList<(string Name, ColumnKind Kind)> wanted)
    {
        try
        {
            List<string> header;
            using (var reader = CsvInput.Open(path))
            {
                header = [.. reader.Headers.Select(h => h.Trim())];
            }

            if (PlainCsvScanner.TryScan(path, header.Count, () => Buffers(path, header, wanted), out var buffers, out var kept, out var dropped))
            {
                return Columns(buffers, kept, dropped);
            }

            // Not a plain file (quotes, blank or ragged lines): the general reader, which also locates malformed content.
            buffers = Buffers(path, header, wanted);
            (kept, dropped) = (0, 0);
            using (var reader = CsvInput.Open(path))
            {
                while (reader.Read())
                {
                    var complete = true;
                    foreach (var buffer in buffers)
                    {
                        complete &= buffer.Parse(reader);
                    }

                    foreach (var buffer in buffers)
                    {
                        buffer.Commit(complete);
                    }

                    kept += complete ? 1 : 0;
                    dropped += complete ? 0 : 1;
                }
            }

            return Columns(buffers, kept, dropped);
        }
        catch (CsvFormatException e)
        {
            throw CliInputException.At(path, null, null, "malformed CSV: " + e.Message);
        }
    }

    private static ColumnBuffer[] Buffers(string path, List<string> header, IReadOnlyList<(string Name, ColumnKind Kind)> wanted)
    {
        var buffers = new ColumnBuffer[wanted.Count];
        for (var j = 0; j < wanted.Count; j++)
        {
            var index = header.IndexOf(wanted[j].Name);
            if (index < 0)
            {
                throw CliInputException.At(path, "1", wanted[j].Name, "column not found; the header has: " + string.Join(", ", header));
            }

            buffers[j] = new ColumnBuffer(path, wanted[j].Name, index, wanted[j].Kind);
        }

        return buffers;
    }

    private static SurvivalColumns Columns(ColumnBuffer[] buffers, int kept, int dropped)
    {
        var columns = new Dictionary<string, ColumnBuffer>(StringComparer.Ordinal);
        foreach (var buffer in buffers)
        {
            columns.TryAdd(buffer.Name, buffer);
        }

        return new SurvivalColumns(columns, kept, dropped);
    }
}
