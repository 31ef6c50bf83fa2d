using System.Runtime.ExceptionServices;

namespace Lupus.Cli.Survival;

/// <summary>
/// The fast path of <see cref="SurvivalColumns"/>: a plain comma-separated file (no quote characters, no blank lines, every
/// record on one line with the header's field count) is split on raw UTF-8 bytes and only the used fields are parsed, in
/// as many line-aligned parts as there are cores. Any other layout makes <see cref="TryScan"/> return false so that the
/// general CSV reader handles the file and reports malformed content where it is. In a plain file record r sits on line
/// r + 2, so a bad cell found here is reported at the same file, line and column as the general reader would report it;
/// when several parts go wrong, the earliest in the file decides, as in a sequential read.
/// </summary>
internal static class PlainCsvScanner
{
    private const int MaxBytes = 1 << 30;
    private const int MinPartBytes = 1 << 20;

    /// <summary>Reads every data row into fresh buffers from <paramref name="newBuffers"/>; false when the file is not plain.</summary>
    public static bool TryScan(string path, int fieldCount, Func<ColumnBuffer[]> newBuffers, out ColumnBuffer[] buffers, out int kept, out int dropped)
    {
        buffers = [];
        kept = dropped = 0;
        if (new FileInfo(path).Length > MaxBytes)
        {
            return false;
        }

        var bytes = File.ReadAllBytes(path);
        var headerEnd = Array.IndexOf(bytes, (byte)'\n');
        if (headerEnd < 0 || bytes.AsSpan(0, headerEnd).Contains((byte)'"'))
        {
            return false;
        }

        var parts = Parts(bytes, headerEnd + 1);
        var partBuffers = Enumerable.Range(0, parts.Count - 1).Select(_ => newBuffers()).ToArray();
        if (partBuffers[0].Any(b => b.Index >= fieldCount))
        {
            return false;
        }

        var results = new Part[partBuffers.Length];
        Parallel.For(0, results.Length, i =>
        {
            var part = bytes.AsSpan(parts[i], parts[i + 1] - parts[i]);
            if (i == 0)
            {
                // The first part collects every part's rows: size it once for the whole file.
                var rows = bytes.AsSpan(parts[0]).Count((byte)'\n') + (bytes[^1] == '\n' ? 0 : 1);
                foreach (var buffer in partBuffers[0])
                {
                    buffer.Reserve(rows);
                }
            }
            else
            {
                foreach (var buffer in partBuffers[i])
                {
                    buffer.Reserve(part.Count((byte)'\n') + 1);
                }
            }

            results[i] = Scan(part, Line(bytes, parts[i]), fieldCount, partBuffers[i]);
        });

        foreach (var part in results)
        {
            if (part.Failure is { } failure)
            {
                failure.Throw();
            }

            if (!part.Plain)
            {
                return false;
            }
        }

        buffers = results[0].Buffers;
        var first = buffers;
        Parallel.For(0, first.Length, j =>
        {
            for (var i = 1; i < results.Length; i++)
            {
                first[j].Append(results[i].Buffers[j]);
            }
        });

        kept = results.Sum(p => p.Kept);
        dropped = results.Sum(p => p.Dropped);
        return true;
    }

    /// <summary>Offsets where the parts start (each just after a newline), then the end of the data.</summary>
    private static List<int> Parts(byte[] bytes, int dataStart)
    {
        var count = Math.Clamp((bytes.Length - dataStart) / MinPartBytes, 1, Environment.ProcessorCount);
        var starts = new List<int> { dataStart };
        for (var k = 1; k < count; k++)
        {
            var guess = dataStart + (int)((long)(bytes.Length - dataStart) * k / count);
            var newline = Array.IndexOf(bytes, (byte)'\n', Math.Max(guess, starts[^1]));
            if (newline < 0 || newline + 1 >= bytes.Length)
            {
                break;
            }

            starts.Add(newline + 1);
        }

        starts.Add(bytes.Length);
        return starts;
    }

    /// <summary>The line number of the line starting at <paramref name="offset"/>.</summary>
    private static long Line(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;

    private static Part Scan(ReadOnlySpan<byte> data, long line, int fieldCount, ColumnBuffer[] buffers)
    {
        var bounds = new int[buffers.Length == 0 ? 1 : buffers.Max(b => b.Index) + 2];
        int kept = 0, dropped = 0;
        try
        {
            while (!data.IsEmpty)
            {
                var newline = data.IndexOf((byte)'\n');
                var record = newline < 0 ? data : data[..newline];
                data = newline < 0 ? [] : data[(newline + 1)..];
                if (record.Length > 0 && record[^1] == '\r')
                {
                    record = record[..^1];
                }

                if (record.IsEmpty || !Split(record, fieldCount, buffers, bounds, line, out var complete))
                {
                    return new Part(buffers, false, kept, dropped, null);
                }

                kept += complete ? 1 : 0;
                dropped += complete ? 0 : 1;
                line++;
            }
        }
        catch (CliInputException e)
        {
            return new Part(buffers, true, kept, dropped, ExceptionDispatchInfo.Capture(e));
        }

        return new Part(buffers, true, kept, dropped, null);
    }

    /// <summary>Parses one record's used fields; false when the record is not plain (a quote or a wrong field count).</summary>
    /// <remarks>The field count is checked before any cell and the cells are parsed in the order the verb asked for them,
    /// as the general reader does, so that a record with several faults is reported by the same fault.</remarks>
    private static bool Split(ReadOnlySpan<byte> record, int fieldCount, ColumnBuffer[] buffers, int[] bounds, long line, out bool complete)
    {
        complete = false;
        var field = 0;
        var position = 0;
        while (true)
        {
            var comma = record[position..].IndexOfAny((byte)',', (byte)'"');
            if (comma >= 0 && record[position + comma] == '"')
            {
                return false;
            }

            if (field < bounds.Length)
            {
                bounds[field] = position;
            }

            field++;
            if (comma < 0)
            {
                if (field < bounds.Length)
                {
                    bounds[field] = record.Length + 1;
                }

                break;
            }

            position += comma + 1;
        }

        if (field != fieldCount)
        {
            return false;
        }

        var ok = true;
        foreach (var buffer in buffers)
        {
            var from = bounds[buffer.Index];
            ok &= buffer.Parse(record[from..(bounds[buffer.Index + 1] - 1)], line);
        }

        foreach (var buffer in buffers)
        {
            buffer.Commit(ok);
        }

        complete = ok;
        return true;
    }

    private sealed record Part(ColumnBuffer[] Buffers, bool Plain, int Kept, int Dropped, ExceptionDispatchInfo? Failure);
}
