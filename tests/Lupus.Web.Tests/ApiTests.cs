using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lupus.Application.Demo;
using Lupus.Persistence.Entities;
using Lupus.Web.Hosting;
using Lupus.Web.Tests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lupus.Web.Tests;

/// <summary>The JSON API end to end, run once on SQLite and once on PostgreSQL.</summary>
public abstract class ApiTests(LupusWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_Anonymous_Returns200()
    {
        var client = Accounts.Anonymous(factory);

        var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Patients_Anonymous_Returns401()
    {
        var client = Accounts.Anonymous(factory);

        var response = await client.GetAsync("/api/patients", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401()
    {
        var client = Accounts.Anonymous(factory);

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = Accounts.Monitor, password = "wrong-password" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Register_IsNotExposed()
    {
        var client = Accounts.Anonymous(factory);

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email = "x@example.org", password = "Xx-1234567890" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Patients_InvestigatorA_SeesOnlySiteA()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);

        var page = await client.GetJsonAsync("/api/patients");

        var codes = page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("siteCode").GetString()).Distinct();
        Assert.Equal(["NUH"], codes);
        var demo = TrialDemo.Create(new LupusWebOptions().DemoSeed);
        Assert.Equal(demo.Records.OfType<Patient>().Count(p => p.SiteId == demo.SiteA.Id), page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Patient_OfOtherSite_Returns404ForEveryRoute()
    {
        var b = await Accounts.LoginAsync(factory, Accounts.InvestigatorB);
        var a = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await b.PatientIdAsync("RLC-001");

        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/patients/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/patients/{id}/visits", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.PostAsJsonAsync($"/api/patients/{id}/adverse-events",
            new { term = "Headache", grade = 1, onsetDate = "2026-08-01" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Patient_Statistician_ReceivesNoIdentity()
    {
        var statistician = await Accounts.LoginAsync(factory, Accounts.Statistician);
        var investigator = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await investigator.PatientIdAsync("NUH-002");

        var deidentified = await statistician.GetJsonAsync($"/api/patients/{id}");
        var identified = await investigator.GetJsonAsync($"/api/patients/{id}");

        Assert.Equal(JsonValueKind.Null, deidentified.GetProperty("identity").ValueKind);
        Assert.Equal(JsonValueKind.String, identified.GetProperty("identity").GetProperty("familyName").ValueKind);
    }

    [Fact]
    public async Task CreateVisit_Investigator_StoresComputedScores()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-003");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/visits", new
        {
            visitDate = "2026-08-20",
            descriptors = new[] { "rash", "alopecia" },
            arthritisJointCount = 3,
            proteinuriaGPer24h = 1.2m,
            c3GPerL = 0.6m,
            c3LowerLimitGPerL = 0.9m,
            creatinineUmolPerL = 80m,
            sledai2k = 99,
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var visit = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        // arthritis 4 + proteinuria 4 + rash 2 + alopecia 2 + low complement 2; the typed-in 99 is ignored.
        Assert.Equal(14, visit.GetProperty("sledai2k").GetInt32());
        Assert.NotNull(visit.GetProperty("bilagRenalGrade").GetString());
    }

    [Fact]
    public async Task CreateVisit_ImpossibleValues_Returns400PerFieldAndSavesNothing()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-004");
        var before = (await client.GetJsonAsync($"/api/patients/{id}/visits")).GetArrayLength();

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/visits", new
        {
            visitDate = "2026-12-24",
            arthritisJointCount = -2,
            creatinineUmolPerL = 0m,
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("must not be in the future", errors.GetProperty("visitDate")[0].GetString());
        Assert.Equal("must be between 0 and 100", errors.GetProperty("arthritisJointCount")[0].GetString());
        Assert.Equal("must be greater than 0", errors.GetProperty("creatinineUmolPerL")[0].GetString());
        Assert.Equal(before, (await client.GetJsonAsync($"/api/patients/{id}/visits")).GetArrayLength());
    }

    [Fact]
    public async Task CreateVisit_BeforeBirth_Returns400()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-004");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/visits", new { visitDate = "1950-01-01" }, Ct);

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.StartsWith("must not be before the patient's birth date", errors.GetProperty("visitDate")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLab_UnitNotAllowedForAnalyte_Returns400OnUnit()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-005");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/labs",
            new { analyte = "Creatinine", value = 80, unit = "g/L", collectionDate = "2026-08-01" }, Ct);

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("must be one of umol/L, mg/dL for Creatinine", errors.GetProperty("unit")[0].GetString());
    }

    [Theory]
    [InlineData("Creatinine", "mg/dL", "1.1", "0.6", "1.2", "umol/L", "97.24", "53.04", "106.08")]
    [InlineData("C3", "mg/dL", "90", "90", "180", "g/L", "0.9", "0.9", "1.8")]
    [InlineData("Proteinuria24h", "mg/24h", "1250", null, "150", "g/24h", "1.25", null, "0.15")]
    [InlineData("Upcr", "mg/mmol", "226.2", null, "22.62", "g/g", "2", null, "0.2")]
    [InlineData("C4", "g/L", "0.12", "0.1", "0.4", "g/L", "0.12", "0.1", "0.4")]
    public async Task CreateLab_OtherUnit_StoresCanonicalValueAndLimits(
        string analyte, string unit, string value, string? lower, string upper,
        string storedUnit, string storedValue, string? storedLower, string storedUpper)
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-005");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/labs", new
        {
            analyte,
            value = Number(value),
            unit,
            lowerLimit = lower is null ? (decimal?)null : Number(lower),
            upperLimit = Number(upper),
            collectionDate = "2026-08-02",
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var data = (await client.GetJsonAsync(response.Headers.Location!.ToString())).GetProperty("data");
        Assert.Equal(storedUnit, data.GetProperty("unit").GetString());
        Assert.Equal(Number(storedValue), data.GetProperty("value").GetDecimal());
        var lowerLimit = data.GetProperty("lowerLimit");
        Assert.Equal(storedLower is null ? (decimal?)null : Number(storedLower), lowerLimit.ValueKind == JsonValueKind.Null ? null : lowerLimit.GetDecimal());
        Assert.Equal(Number(storedUpper), data.GetProperty("upperLimit").GetDecimal());
    }

    [Fact]
    public async Task CreateLab_UnknownUnit_Returns400OnUnitAndStoresNothing()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-005");
        var before = (await client.GetJsonAsync($"/api/patients/{id}/labs")).GetArrayLength();

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/labs",
            new { analyte = "C3", value = 90, unit = "mg/L", collectionDate = "2026-08-01" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("must be one of g/L, mg/dL for C3", errors.GetProperty("unit")[0].GetString());
        Assert.Equal(before, (await client.GetJsonAsync($"/api/patients/{id}/labs")).GetArrayLength());
    }

    [Fact]
    public async Task CreateAdverseEvent_GradeOutsideCtcae_Returns400()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-005");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/adverse-events",
            new { term = "Neutropenia", grade = 6, onsetDate = "2026-08-01" }, Ct);

        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("must be a CTCAE grade from 1 to 5", errors.GetProperty("grade")[0].GetString());
    }

    [Fact]
    public async Task CreateInfusion_Monitor_Returns403()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.Monitor);
        var id = await client.PatientIdAsync("NUH-001");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/infusions",
            new { infusionDate = "2026-08-01", source = "BoneMarrow", doseCellsPerKg = 1e6, totalCells = 6e7, passage = 4, viabilityPercent = 95 }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UpdateAdverseEvent_WithoutReasonThenStale_Returns400Then409()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-006");
        var created = await (await client.PostAsJsonAsync($"/api/patients/{id}/adverse-events",
            new { term = "Nausea", grade = 1, onsetDate = "2026-08-01" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var url = $"/api/patients/{id}/adverse-events/{created.GetProperty("id").GetString()}";

        var noReason = await client.PutAsJsonAsync(url, new { term = "Nausea", grade = 2, onsetDate = "2026-08-01", version = 0 }, Ct);
        var first = await client.PutAsJsonAsync(url, new { term = "Nausea", grade = 2, onsetDate = "2026-08-01", version = 0, reason = "Source check" }, Ct);
        var stale = await client.PutAsJsonAsync(url, new { term = "Nausea", grade = 3, onsetDate = "2026-08-01", version = 0, reason = "Source check" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.StartsWith("This record was changed by someone else", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await client.GetJsonAsync(url)).GetProperty("data").GetProperty("grade").GetInt32());
    }

    [Fact]
    public async Task Audit_MonitorReadsChanges_InvestigatorIsRefused()
    {
        var investigator = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var monitor = await Accounts.LoginAsync(factory, Accounts.Monitor);
        var id = await investigator.PatientIdAsync("NUH-007");
        await investigator.PostAsJsonAsync($"/api/patients/{id}/adverse-events", new { term = "Fatigue", grade = 2, onsetDate = "2026-07-01" }, Ct);

        var audit = await monitor.GetJsonAsync($"/api/patients/{id}/audit");
        var refused = await investigator.GetAsync($"/api/patients/{id}/audit", Ct);

        var entry = audit.EnumerateArray().Single(e => e.GetProperty("newValue").GetString() == "Fatigue");
        Assert.Equal((Accounts.InvestigatorA, "Insert", "AdverseEvent", "Term"),
            (entry.GetProperty("userName").GetString(), entry.GetProperty("action").GetString(), entry.GetProperty("entity").GetString(), entry.GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task LoginForm_PostedWithoutAntiforgeryToken_Returns400()
    {
        var client = Accounts.Anonymous(factory);

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Accounts.Admin,
            ["Password"] = LupusWebFactory.Password,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var client = Accounts.Anonymous(factory);

        var document = await client.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/patients", out _));
        Assert.True(paths.TryGetProperty("/api/patients/{patientId}/visits", out _));
        Assert.True(paths.TryGetProperty("/api/patients/{id}/audit", out _));
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryApiEndpointWithItsMethods()
    {
        var client = Accounts.Anonymous(factory);
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (Path: OpenApiPath(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();

        var missing = endpoints.Where(e => !paths.TryGetProperty(e.Path, out var item) || !item.TryGetProperty(e.Method, out _)).ToList();

        Assert.Contains(("/api/patients/{patientId}/labs/{id}", "delete"), endpoints);
        Assert.True(endpoints.Count >= 30, $"only {endpoints.Count} API endpoints found");
        Assert.Empty(missing);
    }

    [Fact]
    public async Task EveryApiEndpoint_Anonymous_Returns401()
    {
        var client = Accounts.Anonymous(factory);
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/patients", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!, Method: m)))
            .ToList();

        var statuses = new List<(string, string, HttpStatusCode)>();
        foreach (var (path, method) in endpoints)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", Guid.NewGuid().ToString());
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) };
            statuses.Add((method, path, (await client.SendAsync(request, Ct)).StatusCode));
        }

        Assert.True(statuses.Count >= 25, $"only {statuses.Count} endpoints");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s.Item3));
    }

    /// <summary>A route pattern as OpenAPI writes it: <c>{id:guid}</c> becomes <c>{id}</c>.</summary>
    private static string OpenApiPath(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{([^}:?]+)[^}]*}", "{$1}").TrimEnd('/') is { Length: > 0 } p ? p : "/";

    private static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class ApiTestsOnSqlite(SqliteWebFactory factory) : ApiTests(factory), IClassFixture<SqliteWebFactory>;

public sealed class ApiTestsOnPostgres(PostgresWebFactory factory) : ApiTests(factory), IClassFixture<PostgresWebFactory>;
