namespace Lupus.Cli.Survival;

/// <summary>
/// The fast path of <see cref="SurvivalColumns"/>: a plain comma-separated file (no quote characters, no blank lines, every
/// record on one line with the header's field count) is split on raw UTF-8 bytes read in large blocks, and only the used
/// fields are parsed. Any other layout makes <see cref="TryScan"/> return false so that the general CSV reader handles
/// the file and reports malformed content where it is. In a plain file record r sits on line r + 2, so a bad cell found
/// here is reported at the same file, line and column as the general reader would report it.
/// </summary>
internal static class PlainCsvScanner
{
    private const int BlockSize = 1 << 22;

    /// <summary>Feeds every data row to <paramref name="buffers"/>; false (buffers partly filled) when the file is not plain.</summary>
    public static bool TryScan(string path, int fieldCount, ColumnBuffer[] buffers, out int kept, out int dropped)
    {
        kept = dropped = 0;
        var bounds = new int[fieldCount + 1];
        if (buffers.Any(b => b.Index >= fieldCount))
        {
            return false;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var block = new byte[BlockSize];
        int filled = 0, start;
        long line = 0;
        var header = true;
                while (true)
        {
            var read = stream.Read(block, filled, block.Length - filled);
            filled += read;
            var end = read == 0;
            var data = block.AsSpan(0, filled);
            start = 0;
            while (start < data.Length)
            {
                var newline = data[start..].IndexOf((byte)'\n');
                if (newline < 0 && !end)
                {
                    break; // an incomplete line: read more first
                }

                var record = newline < 0 ? data[start..] : data.Slice(start, newline);
                start = newline < 0 ? data.Length : start + newline + 1;
                line++;
                if (record.Length > 0 && record[^1] == '\r')
                {
                    record = record[..^1];
                }

                if (header)
                {
                    header = false;
                    if (record.Contains((byte)'"'))
                    {
                        return false;
                    }

                    continue;
                }

                if (record.IsEmpty || !Split(record, buffers, bounds, line, out var complete))
                {
                    return false;
                }

                kept += complete ? 1 : 0;
                dropped += complete ? 0 : 1;
            }

            if (end)
            {
                return !header;
            }

            // Keep the unfinished line at the front of the block, growing the block for a line longer than it.
            var rest = filled - start;
            if (rest == block.Length)
            {
                Array.Resize(ref block, block.Length * 2);
            }
            else
            {
                block.AsSpan(start, rest).CopyTo(block);
            }

            filled = rest;
        }
    }

    /// <summary>Parses one record's used fields; false when the record is not plain (a quote or a wrong field count).</summary>
    /// <remarks>The field count is checked before any cell and the cells are parsed in the order the verb asked for them,
    /// as the general reader does, so that a record with several faults is reported by the same fault.</remarks>
    private static bool Split(ReadOnlySpan<byte> record, ColumnBuffer[] buffers, int[] bounds, long line, out bool complete)
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

            if (field + 1 >= bounds.Length)
            {
                return false;
            }

            bounds[field] = position;
            field++;
            if (comma < 0)
            {
                bounds[field] = record.Length + 1;
                break;
            }

            position += comma + 1;
        }

        if (field + 1 != bounds.Length)
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
}
