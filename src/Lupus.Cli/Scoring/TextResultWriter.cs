using System.Globalization;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Cli.Scoring;

/// <summary>Writes a result as indented <c>key: value</c> lines for people.</summary>
internal sealed class TextResultWriter(TextWriter output) : IResultWriter
{
    private int _depth = 1;

    public void Bool(string key, bool? value) => Line(key, value switch { true => "yes", false => "no", null => "not assessable" });

    public void WholeNumber(string key, int? value) => Line(key, value?.ToString(CultureInfo.InvariantCulture) ?? "not assessable");

    public void Number(string key, decimal? value) => Line(key, value?.ToString(CultureInfo.InvariantCulture) ?? "not assessable");

    public void Text(string key, string? value) => Line(key, value ?? "not assessable");

    public void TextSet(string key, IEnumerable<string>? values)
    {
        var list = values?.ToList();
        Line(key, list is null ? "not assessable" : list.Count == 0 ? "(none)" : string.Join(", ", list));
    }

    public void BeginObject(string key)
    {
        Line(key, string.Empty);
        _depth++;
    }

    public void EndObject() => _depth--;

    public void NullObject(string key) => Line(key, "not assessable");

    /// <summary>Writes one record: header, result keys, contributions and the citation.</summary>
    public void WriteRecord(string id, InstrumentResult result)
    {
        var info = result.Instrument;
        output.WriteLine($"{id} · {info.Title}{(info.Provisional ? " (provisional definition)" : string.Empty)}");
        result.WriteTo(this);
        if (result.Contributions.Count > 0)
        {
            Line("counted", string.Join(", ", result.Contributions.Select(c => $"{c.Item} {c.Points.ToString(CultureInfo.InvariantCulture)}")));
        }

        Line("definition", info.Version);
        Line("citation", info.Citation);
        output.WriteLine();
    }

    private void Line(string key, string value) => output.WriteLine($"{new string(' ', _depth * 2)}{key}: {value}".TrimEnd());
}
