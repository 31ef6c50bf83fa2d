using System.Text.Json.Nodes;

namespace Lupus.Interchange.Tests.Fhir;

/// <summary>Referenced resources are read first, whatever their place in the bundle; the others are read one at a time.</summary>
public sealed class FhirEntryOrderTests
{
    [Fact]
    public void Read_EntriesInReverseOrder_GiveTheSameRows()
    {
        var forward = FhirBadInputTests.Read(FhirBadInputTests.Valid);

        var reversed = FhirBadInputTests.Read(Reversed(FhirBadInputTests.Valid));

        Assert.Empty(reversed.Errors);
        Assert.Equal(forward.Patients.Select(p => p with { Source = null! }), reversed.Patients.Select(p => p with { Source = null! }));
        Assert.Equal(forward.Labs.Select(l => l with { Source = null! }), reversed.Labs.Select(l => l with { Source = null! }));
        Assert.Equal(forward.Visits.Single().SystolicBpMmHg, reversed.Visits.Single().SystolicBpMmHg);
        Assert.Equal(forward.AdverseEvents.Single().Term, reversed.AdverseEvents.Single().Term);
    }

    [Fact]
    public void Read_ReferenceToAPatientTheParserRefused_IsUnresolvable()
    {
        // The Patient comes last and its gender is not a FHIR code: its own error, and the lab's reference cannot be followed.
        var json = Reversed(FhirBadInputTests.Valid.Replace("\"gender\":\"female\"", "\"gender\":\"feminine\"", StringComparison.Ordinal));

        var errors = FhirBadInputTests.Read(json).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("t.json:entry[4]:gender: invalid FHIR", StringComparison.Ordinal));
        Assert.Contains("t.json:entry[3]:subject: unresolvable reference 'urn:uuid:p1': no entry of this bundle has that fullUrl or Type/id", errors);
    }

    private static string Reversed(string json)
    {
        var bundle = JsonNode.Parse(json)!.AsObject();
        var entries = bundle["entry"]!.AsArray().Select(e => e!.DeepClone()).Reverse().ToArray();
        bundle["entry"] = new JsonArray(entries);
        return bundle.ToJsonString();
    }
}
