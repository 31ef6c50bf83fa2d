using Lupus.Interchange.Csv;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Redcap;

/// <summary>
/// The event and repeat-instrument cells of a records export: unique names in a raw export, labels (such as
/// <c>"Baseline (Arm 1: Arm A)"</c>) in a labels export. A label listed under the mapping's <c>events</c> or
/// <c>instruments</c> reads as its unique name; in a file with label headers any other value must be a name the
/// mapping uses.
/// </summary>
internal sealed class RedcapLabelValues(RedcapMapping mapping, RedcapLabelHeader header)
{
    private readonly ILookup<string, string> _events = mapping.Events.ToLookup(e => e.Value.Trim(), e => e.Key, StringComparer.Ordinal);
    private readonly ILookup<string, string> _instruments = mapping.Instruments.ToLookup(i => i.Value.Trim(), i => i.Key, StringComparer.Ordinal);

    private readonly HashSet<string> _eventNames =
        [.. mapping.Events.Keys, .. mapping.Tables.Select(t => t.Event).OfType<string>()];

    private readonly HashSet<string> _instrumentNames = [.. mapping.Instruments.Keys, .. mapping.Tables.Select(t => t.Instrument)];

    public bool TryEvent(CsvRow row, List<InterchangeError> errors, out string name) =>
        TryName(row, RedcapReader.EventColumn, _events, _eventNames, ("event", "events"), errors, out name);

    public bool TryInstrument(CsvRow row, List<InterchangeError> errors, out string name) =>
        TryName(row, RedcapReader.RepeatInstrumentColumn, _instruments, _instrumentNames, ("instrument", "instruments"), errors, out name);

    private bool TryName(
        CsvRow row, string column, ILookup<string, string> labels, HashSet<string> names, (string What, string Section) kind,
        List<InterchangeError> errors, out string name)
    {
        row.TryGet(column, out name, out _);
        var named = labels[name.Trim()].ToList();
        if (named.Count == 1)
        {
            name = named[0];
            return true;
        }

        var at = row.Location.WithField(header.HeaderOf(column));
        if (named.Count > 1)
        {
            errors.Add(new InterchangeError(at, $"{kind.What} label '{name}' is given to {string.Join(", ", named)} under '{kind.Section}' in the mapping"));
            return false;
        }

        if (!header.IsLabelForm || name.Length == 0 || names.Contains(name))
        {
            return true;
        }

        errors.Add(new InterchangeError(at, $"{kind.What} '{name}' cannot be matched: it is neither a label under '{kind.Section}' in the mapping nor a unique name the mapping uses"));
        return false;
    }
}
