using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>Writes a data set as one FHIR R4 <c>collection</c> Bundle that <see cref="FhirBundleReader"/> reads back equal.</summary>
public static class FhirBundleWriter
{
    /// <summary>The file name written in the output directory.</summary>
    public const string FileName = "lupus-bundle.json";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    /// <summary>Writes all sites' rows into <c><paramref name="outDirectory"/>/lupus-bundle.json</c> (one Bundle overall).</summary>
    /// <remarks>
    /// The file appears complete or not at all (written to a temporary name, then moved). Entries get stable
    /// <c>urn:uuid</c> full URLs numbered in write order, so equal data sets give byte-identical files.
    /// </remarks>
    /// <returns>The paths written.</returns>
    /// <exception cref="ArgumentException">A row refers to a patient that is not in <see cref="InterchangeDataset.Patients"/>.</exception>
    public static IReadOnlyList<string> Write(InterchangeDataset data, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrEmpty(outDirectory);
        var bytes = ToJson(data);
        Directory.CreateDirectory(outDirectory);
        var path = Path.Combine(outDirectory, FileName);
        var temporary = path + ".partial";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return [path];
    }

    internal static byte[] ToJson(InterchangeDataset data) => JsonSerializer.SerializeToUtf8Bytes(ToBundle(data), Options);

    internal static Bundle ToBundle(InterchangeDataset data)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        var patients = new Dictionary<PatientKey, string>();
        foreach (var row in data.Patients)
        {
            patients[row.Key] = Add(bundle, PatientWriter.Write(row));
        }

        string Patient(PatientKey key) => patients.TryGetValue(key, out var url)
            ? url
            : throw new ArgumentException($"rows refer to patient {key}, which the data set does not contain", nameof(data));

        foreach (var row in data.Visits)
        {
            var patient = Patient(row.Patient);
            var encounter = Add(bundle, VisitWriter.Encounter(row, patient));
            foreach (var item in VisitWriter.Items(row, patient, encounter))
            {
                Add(bundle, item);
            }
        }

        foreach (var row in data.Labs)
        {
            Add(bundle, ClinicalWriter.Lab(row, Patient(row.Patient)));
        }

        foreach (var row in data.ImmunePanels)
        {
            Add(bundle, ClinicalWriter.ImmunePanel(row, Patient(row.Patient)));
        }

        foreach (var row in data.Infusions)
        {
            Add(bundle, ClinicalWriter.Infusion(row, Patient(row.Patient)));
        }

        foreach (var row in data.AdverseEvents)
        {
            Add(bundle, ClinicalWriter.AdverseEvent(row, Patient(row.Patient)));
        }

        return bundle;
    }

    private static string Add(Bundle bundle, Resource resource)
    {
        var url = $"urn:uuid:00000000-0000-4000-8000-{bundle.Entry.Count + 1:x12}";
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = url, Resource = resource });
        return url;
    }
}
