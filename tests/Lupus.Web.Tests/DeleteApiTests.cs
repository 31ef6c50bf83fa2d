using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lupus.Web.Tests.Support;

namespace Lupus.Web.Tests;

/// <summary>Deleting patient records through the API, once on SQLite and once on PostgreSQL.</summary>
public abstract class DeleteApiTests(LupusWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A valid new record of every kind, by API segment.</summary>
    public static TheoryData<string> Segments => ["visits", "labs", "infusions", "adverse-events", "immune-panels"];

    [Theory]
    [MemberData(nameof(Segments))]
    public async Task Delete_WithoutReasonThenWithReason_Returns400Then204AndIsAudited(string segment)
    {
        var investigator = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var monitor = await Accounts.LoginAsync(factory, Accounts.Monitor);
        var patientId = await investigator.PatientIdAsync("NUH-001");
        var url = await CreateAsync(investigator, patientId, segment);
        var recordId = url[(url.LastIndexOf('/') + 1)..];

        var noReason = await investigator.DeleteAsync(url, Ct);
        var blankReason = await investigator.DeleteAsync(url + "?reason=%20", Ct);
        var stillThere = await investigator.GetAsync(url, Ct);
        var deleted = await investigator.DeleteAsync(url + "?reason=Entered%20for%20the%20wrong%20patient", Ct);
        var gone = await investigator.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, blankReason.StatusCode);
        var errors = (await noReason.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("is required when deleting recorded data", errors.GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var audit = (await monitor.GetJsonAsync($"/api/patients/{patientId}/audit")).EnumerateArray()
            .Where(e => e.GetProperty("entityId").GetString() == recordId && e.GetProperty("action").GetString() == "Delete")
            .ToList();
        Assert.NotEmpty(audit);
        Assert.All(audit, e =>
        {
            Assert.Equal("Entered for the wrong patient", e.GetProperty("reason").GetString());
            Assert.Equal(Accounts.InvestigatorA, e.GetProperty("userName").GetString());
            Assert.Equal(JsonValueKind.Null, e.GetProperty("newValue").ValueKind);
        });
        Assert.Contains(audit, e => e.GetProperty("field").GetString() == "PatientId" && e.GetProperty("oldValue").GetString() == patientId);
    }

    [Theory]
    [InlineData(Accounts.Monitor)]
    [InlineData(Accounts.Statistician)]
    public async Task Delete_ReadOnlyRoles_Returns403AndKeepsTheRecord(string email)
    {
        var investigator = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var reader = await Accounts.LoginAsync(factory, email);
        var patientId = await investigator.PatientIdAsync("NUH-002");
        var url = await CreateAsync(investigator, patientId, "labs");

        var response = await reader.DeleteAsync(url + "?reason=Not%20mine%20to%20delete", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await investigator.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task Delete_RecordOfOtherSite_Returns404AndKeepsTheRecord()
    {
        var siteB = await Accounts.LoginAsync(factory, Accounts.InvestigatorB);
        var siteA = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var patientId = await siteB.PatientIdAsync("RLC-002");
        var url = await CreateAsync(siteB, patientId, "adverse-events");

        var response = await siteA.DeleteAsync(url + "?reason=Cleaning%20up", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await siteB.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task Delete_Administrator_DeletesAtAnySite()
    {
        var siteB = await Accounts.LoginAsync(factory, Accounts.InvestigatorB);
        var admin = await Accounts.LoginAsync(factory, Accounts.Admin);
        var patientId = await siteB.PatientIdAsync("RLC-003");
        var url = await CreateAsync(siteB, patientId, "infusions");

        var response = await admin.DeleteAsync(url + "?reason=Duplicate%20entry", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await siteB.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task Delete_StaleVersion_Returns409AndKeepsTheRecord()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var patientId = await client.PatientIdAsync("NUH-003");
        var url = await CreateAsync(client, patientId, "adverse-events");
        await client.PutAsJsonAsync(url, new { term = "Nausea", grade = 2, onsetDate = "2026-08-01", version = 0, reason = "Source check" }, Ct);

        var stale = await client.DeleteAsync(url + "?reason=Duplicate&version=0", Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, Ct)).StatusCode);
    }

    /// <summary>Creates a valid record of the kind and returns its URL.</summary>
    private static async Task<string> CreateAsync(HttpClient client, string patientId, string segment)
    {
        object body = segment switch
        {
            "visits" => new { visitDate = "2026-08-10", descriptors = new[] { "rash" } },
            "labs" => new { analyte = "C3", value = 0.7m, unit = "g/L", lowerLimit = 0.9m, upperLimit = 1.8m, collectionDate = "2026-08-10" },
            "infusions" => new { infusionDate = "2026-08-10", source = "UmbilicalCord", donorType = "Allogeneic", doseCellsPerKg = 1e6, totalCells = 6e7, lot = "L-1", passage = 4, viabilityPercent = 95, route = "Intravenous" },
            "adverse-events" => new { term = "Nausea", grade = 1, onsetDate = "2026-08-01" },
            _ => new { sampleDate = "2026-08-10", tregPercent = 4.5m, il6PgPerMl = 12m },
        };
        var response = await client.PostAsJsonAsync($"/api/patients/{patientId}/{segment}", body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}

public sealed class DeleteApiTestsOnSqlite(SqliteWebFactory factory) : DeleteApiTests(factory), IClassFixture<SqliteWebFactory>;

public sealed class DeleteApiTestsOnPostgres(PostgresWebFactory factory) : DeleteApiTests(factory), IClassFixture<PostgresWebFactory>;
