using Hl7.Fhir.Model;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>What one bundle's readers share: references, the patients read so far and the visits being assembled.</summary>
internal sealed class ReadState(IEnumerable<BundleEntry> entries, InterchangeDataset data)
{
    public ReferenceIndex References { get; } = new(entries);

    public Dictionary<int, PatientKey> Patients { get; } = [];

    public Dictionary<int, VisitAccumulator> Visits { get; } = [];

    public InterchangeDataset Data => data;

    /// <summary>
    /// The key of the referenced Patient. Null either after an error here or when that Patient entry itself failed
    /// (its errors are already reported, so nothing more is said).
    /// </summary>
    public PatientKey? Subject(ResourceReference? subject, EntryContext context)
    {
        var entry = References.Resolve(subject, "Patient", context, "subject");
        return entry is not null && Patients.TryGetValue(entry.Index, out var key) ? key : null;
    }
}
