using Hl7.Fhir.Model;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>Reads FHIR R4 JSON Bundles into format-neutral rows (mapping in docs/fhir.md).</summary>
public static class FhirBundleReader
{
    /// <summary>Reads every file and collects every problem; references resolve within each file.</summary>
    /// <param name="files">Bundle files, as the user named them (the names appear in error locations).</param>
    /// <returns>
    /// The rows read, values in the units the source used. When <see cref="InterchangeDataset.Errors"/> is not empty,
    /// each error is located as <c>file:entry[i]:element.path: rule</c> and the rows must not be imported.
    /// </returns>
    public static InterchangeDataset Read(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var data = new InterchangeDataset();
        foreach (var file in files)
        {
            ReadFile(file, data);
        }

        return data;
    }

    private static void ReadFile(string file, InterchangeDataset data)
    {
        byte[] json;
        try
        {
            json = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            data.Errors.Add(new InterchangeError(new SourceLocation(file, "Bundle"), $"cannot read the file: {e.Message}"));
            return;
        }

        ReadBundle(file, json, data);
    }

    /// <summary>Reads one bundle's bytes; <paramref name="file"/> names it in error locations.</summary>
    internal static void ReadBundle(string file, byte[] json, InterchangeDataset data)
    {
        var before = DuplicateKeys.Counts.Of(data);
        using var document = BundleParser.Open(file, json, data.Errors);
        var entries = document.Entries;

        // Reference targets first, so that every reference to them can be followed whatever the entry order.
        foreach (var entry in entries.Where(e => e.IsReferenceTarget))
        {
            entry.Resource = BundleParser.Deserialize(entry);
        }

        var state = new ReadState(entries, data);

        // Patients before Encounters, whose visits need the patient's key.
        foreach (var entry in entries)
        {
            if (entry.Resource is Patient patient && PatientReader.Read(patient, entry.Context, state) is { } row)
            {
                state.Patients[entry.Index] = row.Key;
                data.Patients.Add(row);
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Resource is Encounter encounter)
            {
                EncounterReader.Read(encounter, entry.Context, state, entry.Index);
            }
        }

        // The rest is parsed, read and dropped one entry at a time: holding 100,000 parsed Observations made each
        // garbage collection walk them all, which cost as much as parsing them.
        foreach (var entry in entries.Where(e => !e.IsReferenceTarget))
        {
            switch (BundleParser.Deserialize(entry))
            {
                case Observation observation:
                    ObservationReader.Read(observation, entry.Context, state);
                    break;
                case Procedure procedure:
                    InfusionReader.Read(procedure, entry.Context, state);
                    break;
                case AdverseEvent adverseEvent:
                    AdverseEventReader.Read(adverseEvent, entry.Context, state);
                    break;
            }
        }

        data.Visits.AddRange(state.Visits.OrderBy(v => v.Key).Select(v => v.Value.Build()));
        DuplicateKeys.Check(data, before);
    }
}
