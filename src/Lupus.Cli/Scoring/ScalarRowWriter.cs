using System.Globalization;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Collects a result's scalar keys into fixed columns for CSV output; sets are joined with <c>;</c>.</summary>
/// <remarks>Keys of nested objects become <c>object.key</c>; keys without a column are dropped.</remarks>
internal sealed class ScalarRowWriter : IResultWriter
{
    private readonly Dictionary<string, int> _columns;
    private readonly Stack<string> _prefixes = new();
    private string _prefix = string.Empty;
    private readonly string[] _columnArray;
    private int _cursor;

    private static readonly string[] SmallNumbers = Enumerable.Range(0, 128).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    public ScalarRowWriter(IReadOnlyList<string> columns)
    {
        Columns = columns;
        _columnArray = [.. columns];
        Values = new string[columns.Count];
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            _columns[columns[i]] = i;
        }
    }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The current row's cells, in column order (empty for null or absent).</summary>
    public string[] Values { get; }

    /// <summary>Empties every cell before the next result.</summary>
    public void Reset()
    {
        Array.Fill(Values, string.Empty);
        _cursor = 0;
    }

    public void Bool(string key, bool? value) => Set(key, value switch { true => "true", false => "false", null => string.Empty });

    public void WholeNumber(string key, int? value) => Set(key, value switch
    {
        null => string.Empty,
        >= 0 and < 128 => SmallNumbers[value.Value],
        _ => value.Value.ToString(CultureInfo.InvariantCulture),
    });

    public void Number(string key, decimal? value) => Set(key, value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    public void Text(string key, string? value) => Set(key, value ?? string.Empty);

    public void TextSet(string key, IEnumerable<string>? values) => Set(key, values is null ? string.Empty : string.Join(';', values));

    public void BeginObject(string key)
    {
        _prefixes.Push(_prefix);
        _prefix = _prefix + key + ".";
    }

    public void EndObject() => _prefix = _prefixes.Pop();

    public void NullObject(string key)
    {
    }

    private void Set(string key, string value)
    {
        // Results write their keys in column order, so the next column usually matches by reference.
        if (_prefix.Length == 0 && _cursor < Values.Length && ReferenceEquals(_columnArray[_cursor], key))
        {
            Values[_cursor++] = value;
            return;
        }

        var name = _prefix.Length == 0 ? key : _prefix + key;
        if (_columns.TryGetValue(name, out var index))
        {
            Values[index] = value;
            _cursor = index + 1;
        }
    }
}
