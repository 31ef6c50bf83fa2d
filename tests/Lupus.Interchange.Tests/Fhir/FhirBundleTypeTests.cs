using System.Text.RegularExpressions;

namespace Lupus.Interchange.Tests.Fhir;

/// <summary>Bundle types: collection and searchset as they are; transaction and batch with POST/PUT requests and urn:uuid references.</summary>
public sealed partial class FhirBundleTypeTests
{
    [Theory]
    [InlineData("searchset")]
    [InlineData("transaction")]
    [InlineData("batch")]
    public void Read_ReadableType_GivesTheRowsOfTheCollection(string type)
    {
        var expected = FhirBadInputTests.Read(FhirBadInputTests.Valid);

        var data = FhirBadInputTests.Read(AsType(type, "POST"));

        Assert.Empty(data.Errors);
        Assert.Equal(expected.RowCount, data.RowCount);
        Assert.Equal(expected.Labs, data.Labs);
        Assert.Equal(expected.Patients.Select(p => p.Key), data.Patients.Select(p => p.Key));
    }

    [Theory]
    [InlineData("document")]
    [InlineData("message")]
    [InlineData("history")]
    [InlineData("transaction-response")]
    public void Read_OtherType_IsRefusedAtBundleType(string type)
    {
        var error = Assert.Single(FhirBadInputTests.Read(FhirBadInputTests.Valid.Replace("\"type\":\"collection\"", $"\"type\":\"{type}\"", StringComparison.Ordinal)).Errors);

        Assert.Equal($"t.json:Bundle:type: Bundle type '{type}' is not imported: expected one of collection, searchset, transaction, batch", error.ToString());
    }

    [Fact]
    public void Read_TransactionEntryWithDeleteOrWithoutRequest_IsLocatedAtTheEntry()
    {
        var json = AsType("transaction", "POST");
        json = ReplaceFirst(json, "\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}", "\"request\":{\"method\":\"DELETE\",\"url\":\"Observation/o1\"}");
        json = ReplaceFirst(json, ",\"request\":{\"method\":\"POST\",\"url\":\"Encounter\"}", "");

        var errors = FhirBadInputTests.Read(json).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains("t.json:entry[1]:request.method: request method 'DELETE' is not imported: expected POST or PUT", errors);
        Assert.Contains("t.json:entry[2]:request: missing required element: a transaction or batch entry needs request.method and request.url", errors);
    }

    [Fact]
    public void Read_TransactionPut_ResolvesReferencesByRequestUrlAndUrnUuid()
    {
        // The Patient is written with PUT Patient/p-7 and no fullUrl; the lab refers to it by that URL, the rest by urn:uuid.
        var json = AsType("transaction", "PUT");
        json = json.Replace("{\"fullUrl\":\"urn:uuid:p1\",", "{", StringComparison.Ordinal)
            .Replace("\"url\":\"Patient/p1\"", "\"url\":\"Patient/p-7\"", StringComparison.Ordinal)
            .Replace("\"subject\":{\"reference\":\"urn:uuid:p1\"},\"effectiveDateTime\"", "\"subject\":{\"reference\":\"Patient/p-7\"},\"effectiveDateTime\"", StringComparison.Ordinal);
        var withoutPatientUrn = json.Replace("\"reference\":\"urn:uuid:p1\"", "\"reference\":\"Patient/p-7\"", StringComparison.Ordinal);

        var data = FhirBadInputTests.Read(withoutPatientUrn);

        Assert.Empty(data.Errors);
        Assert.Equal(FhirBadInputTests.Read(FhirBadInputTests.Valid).RowCount, data.RowCount);
        var unresolved = FhirBadInputTests.Read(json).Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(unresolved, e => e.Contains("unresolvable reference 'urn:uuid:p1'", StringComparison.Ordinal));
    }

    /// <summary>The valid collection as another type; for transaction and batch every entry gets a request (PUT: <c>Type/id</c> from its fullUrl).</summary>
    private static string AsType(string type, string method)
    {
        var json = FhirBadInputTests.Valid.Replace("\"type\":\"collection\"", $"\"type\":\"{type}\"", StringComparison.Ordinal);
        if (type is not ("transaction" or "batch"))
        {
            return json;
        }

        return Entry().Replace(json, m =>
        {
            var resourceType = ResourceType().Match(json, m.Index).Groups[1].Value;
            var url = method == "PUT" ? $"{resourceType}/{m.Groups[1].Value}" : resourceType;
            return $"{{\"fullUrl\":\"urn:uuid:{m.Groups[1].Value}\",\"request\":{{\"method\":\"{method}\",\"url\":\"{url}\"}},";
        });
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return text[..at] + to + text[(at + from.Length)..];
    }

    [GeneratedRegex("\\{\"fullUrl\":\"urn:uuid:(\\w+)\",")]
    private static partial Regex Entry();

    [GeneratedRegex("\"resourceType\":\"(\\w+)\"")]
    private static partial Regex ResourceType();
}
