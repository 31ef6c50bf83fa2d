using System.Globalization;
using System.Text;
using CsvHelper;

namespace Lupus.Cli.Survival;

/// <summary>One used column: parses the current record's cell and appends it once the whole row is known complete.</summary>
internal sealed class ColumnBuffer(string file, string name, int index, ColumnKind kind)
{
    private const int FewLabels = 16;
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly List<byte[]> _labelBytes = [];
    private double[] _values = new double[1024];
    private int _count;
    private double _pending;

    public string Name => name;

    /// <summary>The field's position in each record.</summary>
    public int Index => index;

    /// <summary>Parses the current record's cell; false when it is missing in a column where that drops the row.</summary>
    public bool Parse(CsvReader reader) => Parse(reader.GetSpan(index), reader.LineNumber);

    /// <summary>Parses a raw cell of the given file line; false when it is missing in a column where that drops the row.</summary>
    public bool Parse(ReadOnlySpan<byte> raw, long line)
    {
        if (TryParsePlain(raw))
        {
            return true;
        }

        var cell = Trim(raw);
        var missing = cell.Length == 0 || cell.SequenceEqual("NA"u8) || cell.SequenceEqual("na"u8) || cell.SequenceEqual("."u8);
        if (missing)
        {
            return kind switch
            {
                ColumnKind.Time or ColumnKind.Event or ColumnKind.Status => throw Error(line, "value is missing"),
                _ => false,
            };
        }

        _pending = kind switch
        {
            ColumnKind.Time => ParseTime(line, cell),
            ColumnKind.Event => ParseEvent(line, cell),
            ColumnKind.Number => ParseNumber(line, cell),
            _ => Code(cell),
        };
        return true;
    }

    public void Commit(bool complete)
    {
        if (!complete)
        {
            return;
        }

        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _values.Length * 2);
        }

        _values[_count++] = _pending;
    }

    /// <summary>Makes room for <paramref name="rows"/> rows at once (a part of a file with a known line count).</summary>
    public void Reserve(int rows)
    {
        if (_values.Length < rows)
        {
            Array.Resize(ref _values, rows);
        }
    }

    /// <summary>Appends the rows of <paramref name="later"/>, a buffer of the same column filled from a later part of the file.</summary>
    public void Append(ColumnBuffer later)
    {
        var coded = kind is not (ColumnKind.Time or ColumnKind.Event or ColumnKind.Number);
        var remap = new int[later._labels.Count];
        for (var i = 0; i < remap.Length; i++)
        {
            if (!_codes.TryGetValue(later._labels[i], out remap[i]))
            {
                remap[i] = _labels.Count;
                _codes.Add(later._labels[i], remap[i]);
                _labels.Add(later._labels[i]);
                _labelBytes.Add(later._labelBytes[i]);
            }
        }

        if (_values.Length < _count + later._count)
        {
            Array.Resize(ref _values, _count + later._count);
        }

        for (var i = 0; i < later._count; i++)
        {
            var v = later._values[i];
            _values[_count++] = coded ? remap[(int)v] : v;
        }
    }

    /// <summary>The column's values; the buffer's own array when it is exactly full (a buffer is read once, not refilled).</summary>
    public double[] Numbers() => _values.Length == _count ? _values : _values.AsSpan(0, _count).ToArray();

    public bool[] Flags()
    {
        var flags = new bool[_count];
        for (var i = 0; i < _count; i++)
        {
            flags[i] = _values[i] != 0;
        }

        return flags;
    }

    public (int[] Codes, string[] Labels) Labels()
    {
        var (sorted, remap) = RLevelLabels.Levels(_labels);
        var codes = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            codes[i] = remap[(int)_values[i]];
        }

        return (codes, sorted);
    }

    /// <summary>The common case at the cost of one pass over the cell: a plain decimal, or a bare 0 or 1 for an event.</summary>
    /// <remarks>Gives the value the full rules below would give; anything else (spaces, missing markers, exponents,
    /// words, a negative time) is left to them.</remarks>
    private bool TryParsePlain(ReadOnlySpan<byte> cell)
    {
        switch (kind)
        {
            case ColumnKind.Number:
                return FastDouble.TryParseDecimal(cell, out _pending);
            case ColumnKind.Time:
                return FastDouble.TryParseDecimal(cell, out _pending) && _pending >= 0;
            case ColumnKind.Event when cell.Length == 1 && cell[0] is (byte)'0' or (byte)'1':
                _pending = cell[0] - '0';
                return true;
            default:
                return false;
        }
    }

    private double ParseTime(long line, ReadOnlySpan<byte> cell)
    {
        var value = ParseNumber(line, cell);
        return value >= 0 ? value : throw Error(line, $"time must be 0 or more, found '{Encoding.UTF8.GetString(cell)}'");
    }

    private double ParseEvent(long line, ReadOnlySpan<byte> cell)
    {
        if (cell.SequenceEqual("1"u8) || Ascii.EqualsIgnoreCase(cell, "true"u8))
        {
            return 1;
        }

        if (cell.SequenceEqual("0"u8) || Ascii.EqualsIgnoreCase(cell, "false"u8))
        {
            return 0;
        }

        if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is 0 or 1)
        {
            return v;
        }

        throw Error(line, $"event must be 1/0 or true/false, found '{Encoding.UTF8.GetString(cell)}'");
    }

    private double ParseNumber(long line, ReadOnlySpan<byte> cell) =>
        FastDouble.TryParse(cell, out var value) && double.IsFinite(value)
            ? value
            : throw Error(line, $"'{Encoding.UTF8.GetString(cell)}' is not a number");

    private int Code(ReadOnlySpan<byte> cell)
    {
        // Groups, strata and causes have few distinct labels: compare raw bytes first, so no string is made per row.
        for (var i = 0; i < _labelBytes.Count && i < FewLabels; i++)
        {
            if (cell.SequenceEqual(_labelBytes[i]))
            {
                return i;
            }
        }

        var text = Encoding.UTF8.GetString(cell);
        if (!_codes.TryGetValue(text, out var code))
        {
            code = _labels.Count;
            _codes.Add(text, code);
            _labels.Add(text);
            _labelBytes.Add(cell.ToArray());
        }

        return code;
    }

    private CliInputException Error(long line, string rule) =>
        CliInputException.At(file, line.ToString(CultureInfo.InvariantCulture), name, rule);

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> span) => span[Ascii.Trim(span)];
}
