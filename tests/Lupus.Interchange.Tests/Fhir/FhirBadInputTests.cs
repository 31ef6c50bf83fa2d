using System.Text;
using Lupus.Interchange.Fhir;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Tests.Fhir;

public sealed class FhirBadInputTests
{
    // entry[0] Patient, entry[1] lab Observation, entry[2] Encounter, entry[3] visit-item Observation, entry[4] AdverseEvent.
    internal const string Valid = """
        {"resourceType":"Bundle","type":"collection","entry":[
        {"fullUrl":"urn:uuid:p1","resource":{"resourceType":"Patient",
          "extension":[
            {"url":"https://lupustrials.org/fhir/StructureDefinition/diagnosis-date","valueDate":"2016-09-14"},
            {"url":"https://lupustrials.org/fhir/StructureDefinition/classification-criteria","valueCode":"slicc-2012"},
            {"url":"https://lupustrials.org/fhir/StructureDefinition/nephritis-class","valueCode":"III"},
            {"url":"https://lupustrials.org/fhir/StructureDefinition/consent-date","valueDate":"2023-02-01"}],
          "identifier":[{"system":"https://lupustrials.org/fhir/sid/study-id","value":"S-1"}],
          "gender":"female","birthDate":"1988-04-23",
          "managingOrganization":{"identifier":{"system":"https://lupustrials.org/fhir/sid/site-code","value":"NJ01"}}}},
        {"fullUrl":"urn:uuid:o1","resource":{"resourceType":"Observation","status":"final",
          "code":{"coding":[{"system":"http://loinc.org","code":"4485-9"}]},
          "subject":{"reference":"urn:uuid:p1"},"effectiveDateTime":"2023-03-01",
          "valueQuantity":{"value":0.52,"system":"http://unitsofmeasure.org","code":"g/L"}}},
        {"fullUrl":"urn:uuid:e1","resource":{"resourceType":"Encounter","status":"finished",
          "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
          "subject":{"reference":"urn:uuid:p1"},"period":{"start":"2023-03-01"}}},
        {"fullUrl":"urn:uuid:v1","resource":{"resourceType":"Observation","status":"final",
          "category":[{"coding":[{"system":"https://lupustrials.org/fhir/CodeSystem/observation-category","code":"visit-item"}]}],
          "code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},
          "encounter":{"reference":"urn:uuid:e1"},
          "valueQuantity":{"value":128,"system":"http://unitsofmeasure.org","code":"mm[Hg]"}}},
        {"fullUrl":"urn:uuid:a1","resource":{"resourceType":"AdverseEvent","actuality":"actual",
          "extension":[
            {"url":"https://lupustrials.org/fhir/StructureDefinition/ctcae-grade","valueInteger":3},
            {"url":"https://lupustrials.org/fhir/StructureDefinition/relation-to-infusion","valueCode":"unlikely"}],
          "event":{"text":"Pneumonia"},"subject":{"reference":"urn:uuid:p1"},"date":"2023-04-02",
          "seriousness":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/adverse-event-seriousness","code":"serious"}]}}}
        ]}
        """;

    internal static InterchangeDataset Read(string json)
    {
        var data = new InterchangeDataset();
        FhirBundleReader.ReadBundle("t.json", Encoding.UTF8.GetBytes(json), data);
        return data;
    }

    private static void AssertError(string json, string expected)
    {
        var errors = Read(json).Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(expected, errors);
    }

    private static string Replace(string from, string to)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        return Valid.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_valid_bundle_has_no_errors()
    {
        var data = Read(Valid);

        Assert.Empty(data.Errors);
        Assert.Equal((1, 1, 1, 1), (data.Patients.Count, data.Labs.Count, data.Visits.Count, data.AdverseEvents.Count));
        Assert.Equal(128, data.Visits[0].SystolicBpMmHg);
    }

    [Fact]
    public void Read_invalid_json_is_located_at_the_bundle() =>
        Assert.StartsWith("t.json:Bundle: invalid JSON:", Assert.Single(Read(Valid[..200]).Errors).ToString(), StringComparison.Ordinal);

    [Fact]
    public void Read_invalid_utf8_is_located_by_byte()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);
        bytes[150] = 0xFF;
        var data = new InterchangeDataset();

        FhirBundleReader.ReadBundle("t.json", bytes, data);

        Assert.Equal("t.json:Bundle: invalid UTF-8 at byte 150", Assert.Single(data.Errors).ToString());
    }

    [Fact]
    public void Read_wrong_bundle_resourceType() =>
        AssertError(Replace("\"resourceType\":\"Bundle\"", "\"resourceType\":\"Patient\""),
            "t.json:Bundle:resourceType: wrong resourceType 'Patient': expected Bundle");

    [Fact]
    public void Read_wrong_entry_resourceType() =>
        AssertError(Replace("\"resourceType\":\"Encounter\"", "\"resourceType\":\"Medication\""),
            "t.json:entry[2]:resourceType: wrong resourceType 'Medication': expected one of Patient, Observation, Encounter, Procedure, AdverseEvent, Organization");

    [Fact]
    public void Read_unparseable_date_is_reported_by_element() =>
        Assert.Contains(Read(Replace("\"birthDate\":\"1988-04-23\"", "\"birthDate\":\"1988-13-45\"")).Errors,
            e => e.Location.ToString() == "t.json:entry[0]:birthDate" && e.Rule.Contains("1988-13-45", StringComparison.Ordinal));

    [Fact]
    public void Read_partial_date_is_refused() =>
        AssertError(Replace("\"effectiveDateTime\":\"2023-03-01\"", "\"effectiveDateTime\":\"2023-03\""),
            "t.json:entry[1]:effectiveDateTime: partial date '2023-03': a full date (YYYY-MM-DD) is required");

    [Fact]
    public void Read_missing_study_id() =>
        AssertError(Replace("fhir/sid/study-id", "fhir/sid/other"),
            "t.json:entry[0]:identifier: missing required element: an identifier with system https://lupustrials.org/fhir/sid/study-id");

    [Fact]
    public void Read_missing_required_extension() =>
        AssertError(Replace("StructureDefinition/consent-date", "StructureDefinition/other-date"),
            "t.json:entry[0]:extension[consent-date]: missing required element: extension https://lupustrials.org/fhir/StructureDefinition/consent-date");

    [Fact]
    public void Read_missing_fhir_required_element_is_reported_by_the_parser() =>
        Assert.Contains(Read(Replace("\"status\":\"finished\",", "")).Errors,
            e => e.Location.ToString() == "t.json:entry[2]:status" && e.Rule.StartsWith("invalid FHIR", StringComparison.Ordinal));

    [Fact]
    public void Read_unknown_loinc_code() =>
        AssertError(Replace("\"code\":\"4485-9\"", "\"code\":\"2345-7\""),
            "t.json:entry[1]:code: unknown LOINC code '2345-7': not a lab analyte of LupusTrials");

    [Fact]
    public void Read_unit_not_allowed_for_the_analyte() =>
        AssertError(Replace("\"code\":\"g/L\"", "\"code\":\"mmol/L\""),
            "t.json:entry[1]:valueQuantity.code: unit 'mmol/L' is not allowed for LOINC 4485-9 (C3); allowed: g/L, mg/dL");

    [Fact]
    public void Read_visit_item_in_another_unit_is_not_converted() =>
        AssertError(Replace("\"code\":\"mm[Hg]\"", "\"code\":\"kPa\""),
            "t.json:entry[3]:valueQuantity.code: unit 'kPa' is not allowed for Systolic blood pressure (allowed: mm[Hg])");

    [Fact]
    public void Read_unresolvable_reference() =>
        AssertError(Replace("\"subject\":{\"reference\":\"urn:uuid:p1\"},\"effectiveDateTime\"", "\"subject\":{\"reference\":\"Patient/nobody\"},\"effectiveDateTime\""),
            "t.json:entry[1]:subject: unresolvable reference 'Patient/nobody': no entry of this bundle has that fullUrl or Type/id");

    [Fact]
    public void Read_reference_to_the_wrong_resource_type() =>
        AssertError(Replace("\"encounter\":{\"reference\":\"urn:uuid:e1\"}", "\"encounter\":{\"reference\":\"urn:uuid:p1\"}"),
            "t.json:entry[3]:encounter: reference 'urn:uuid:p1' points to a Patient, expected Encounter");

    [Fact]
    public void Read_severe_adverse_event_without_grade_is_not_guessed() =>
        AssertError(Replace("{\"url\":\"https://lupustrials.org/fhir/StructureDefinition/ctcae-grade\",\"valueInteger\":3},",
                "").Replace("\"date\":\"2023-04-02\"", "\"date\":\"2023-04-02\",\"severity\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/adverse-event-severity\",\"code\":\"severe\"}]}", StringComparison.Ordinal),
            "t.json:entry[4]:extension[ctcae-grade]: missing required element: severity 'severe' is CTCAE grade 3, 4 or 5; give the ctcae-grade extension");

    [Fact]
    public void Read_censored_value_is_refused() =>
        AssertError(Replace("\"valueQuantity\":{\"value\":0.52,", "\"valueQuantity\":{\"value\":0.52,\"comparator\":\"<\","),
            "t.json:entry[1]:valueQuantity.comparator: a censored value (<, >) cannot be imported as an exact number");

    [Fact]
    public void Read_duplicate_natural_key_within_a_bundle()
    {
        var lab = Valid[Valid.IndexOf("{\"fullUrl\":\"urn:uuid:o1\"", StringComparison.Ordinal)..Valid.IndexOf("{\"fullUrl\":\"urn:uuid:e1\"", StringComparison.Ordinal)];

        AssertError(Valid.Replace(lab, lab + lab, StringComparison.Ordinal),
            "t.json:entry[2]: duplicate key: lab NJ01/S-1 2023-03-01 C3 is already given at entry[1]");
    }

    [Fact]
    public void Read_collects_every_error_and_continues()
    {
        var json = Replace("\"code\":\"g/L\"", "\"code\":\"mmol/L\"").Replace("\"birthDate\":\"1988-04-23\"", "\"birthDate\":\"1988-04\"",
            StringComparison.Ordinal);

        var errors = Read(json).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains("t.json:entry[0]:birthDate: partial date '1988-04': a full date (YYYY-MM-DD) is required", errors);
        Assert.Contains(errors, e => e.StartsWith("t.json:entry[1]:valueQuantity.code: unit 'mmol/L'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_missing_file_is_located_at_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), "lupus-no-such-bundle.json");

        var error = Assert.Single(FhirBundleReader.Read([missing]).Errors);

        Assert.Equal(new SourceLocation(missing, "Bundle"), error.Location);
    }
}
