using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Persistence.Entities;
using Lupus.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Tests;

/// <summary>
/// Prefix search of the patient list (<c>GET /api/patients?search=</c>, <c>/Patients?q=</c>): by study id, family name or
/// hospital number, any case, only the user's sites, never on identifying fields for statisticians; once on SQLite and
/// once on PostgreSQL. Each test registers patients under a study id and name of its own.
/// </summary>
public abstract class PatientSearchTests(LupusWebFactory factory)
{
    private const int Cap = 500;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_StartOfAnyFieldInAnyCase_FindsThePatient()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var tag = Tag();
        await RegisterAsync(client, $"S{tag}-001", $"Quist{tag}", $"HN{tag}7");

        foreach (var term in new[] { $"s{tag}", $"S{tag}-001", $"quist{tag[..3]}", $" QUIST{tag} ", $"hn{tag}" })
        {
            var page = await SearchAsync(client, term);
            Assert.Equal(1, page.GetProperty("total").GetInt32());
            Assert.Equal($"S{tag}-001", page.GetProperty("items")[0].GetProperty("studyId").GetString());
            Assert.False(page.GetProperty("totalIsCapped").GetBoolean());
        }

        // A prefix search: the middle of a field does not match.
        Assert.Equal(0, (await SearchAsync(client, $"uist{tag}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(client, $"{tag}-001")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_Statistician_NeverMatchesNamesOrHospitalNumbers()
    {
        var investigator = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var statistician = await Accounts.LoginAsync(factory, Accounts.Statistician);
        var tag = Tag();
        await RegisterAsync(investigator, $"T{tag}-001", $"Hidden{tag}", $"HX{tag}");

        var byName = await SearchAsync(statistician, $"hidden{tag}");
        var byNumber = await SearchAsync(statistician, $"HX{tag}");
        var byStudyId = await SearchAsync(statistician, $"T{tag}");
        var html = await statistician.GetStringAsync(new Uri($"/Patients?q=Hidden{tag}", UriKind.Relative), Ct);

        Assert.Equal(1, (await SearchAsync(investigator, $"hidden{tag}")).GetProperty("total").GetInt32());
        Assert.Equal((0, 0), (byName.GetProperty("total").GetInt32(), byNumber.GetProperty("total").GetInt32()));
        Assert.Empty(byName.GetProperty("items").EnumerateArray());
        Assert.Equal(1, byStudyId.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, byStudyId.GetProperty("items")[0].GetProperty("identity").ValueKind);
        Assert.Contains("0 patients", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"T{tag}-001", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OtherSitesPatients_AreNotFound()
    {
        var a = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var b = await Accounts.LoginAsync(factory, Accounts.InvestigatorB);
        var admin = await Accounts.LoginAsync(factory, Accounts.Admin);
        var tag = Tag();
        await RegisterAsync(a, $"U{tag}-001", $"Sited{tag}", $"HS{tag}");

        foreach (var term in new[] { $"U{tag}", $"sited{tag}", $"hs{tag}" })
        {
            Assert.Equal(0, (await SearchAsync(b, term)).GetProperty("total").GetInt32());
            Assert.Equal(1, (await SearchAsync(admin, term)).GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Search_MoreMatchesThanTheCap_CountsToTheCapAndPagesThemInOrder()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var tag = Tag();
        var siteId = await SiteOfAsync(client);
        var studyIds = Enumerable.Range(0, Cap + 30).Select(i => $"V{tag}-{i:D4}").ToList();
        await InsertAsync(siteId, studyIds);

        var first = await SearchAsync(client, $"v{tag}");
        var last = await SearchAsync(client, $"v{tag}", Cap / 20);
        var beyond = await SearchAsync(client, $"v{tag}", (Cap / 20) + 1);
        var narrow = await SearchAsync(client, $"v{tag}-05");
        var html = await client.GetStringAsync(new Uri($"/Patients?q=v{tag}&page=2", UriKind.Relative), Ct);

        Assert.Equal((Cap, true), (first.GetProperty("total").GetInt32(), first.GetProperty("totalIsCapped").GetBoolean()));
        Assert.Equal(studyIds.Take(20), StudyIds(first));
        Assert.Equal(studyIds.Skip(Cap - 20).Take(20), StudyIds(last));
        Assert.Empty(StudyIds(beyond));
        Assert.Equal((30, false), (narrow.GetProperty("total").GetInt32(), narrow.GetProperty("totalIsCapped").GetBoolean()));
        Assert.Equal(studyIds.Skip(Cap).Take(20), StudyIds(narrow));
        Assert.Contains($"More than {Cap} patients match", html, StringComparison.Ordinal);
        Assert.Contains($"Page 2 of {Cap / 20}", html, StringComparison.Ordinal);
        Assert.Contains(studyIds[20], html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_AfterAFamilyNameChange_FindsTheNewNameOnly()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var tag = Tag();
        var created = await RegisterAsync(client, $"W{tag}-001", $"Before{tag}", $"HB{tag}");
        var id = created.GetProperty("id").GetString();

        var body = Body($"W{tag}-001", created.GetProperty("siteId").GetGuid(), $"After{tag}", $"HB{tag}");
        body["version"] = created.GetProperty("version").GetInt32();
        body["reason"] = "Married name";
        var update = await client.PutAsJsonAsync($"/api/patients/{id}", body, Ct);

        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Equal(0, (await SearchAsync(client, $"before{tag}")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await SearchAsync(client, $"after{tag}")).GetProperty("total").GetInt32());
    }

    /// <summary>Eight upper-case hex digits, unique to a test, so no other test's patients match.</summary>
    private static string Tag() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static async Task<JsonElement> SearchAsync(HttpClient client, string term, int page = 1) =>
        await client.GetJsonAsync($"/api/patients?search={Uri.EscapeDataString(term)}&page={page}");

    private static List<string> StudyIds(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("studyId").GetString()!)];

    private static async Task<Guid> SiteOfAsync(HttpClient client) =>
        Guid.Parse((await client.GetJsonAsync("/api/patients")).GetProperty("items")[0].GetProperty("siteId").GetString()!);

    private static async Task<JsonElement> RegisterAsync(HttpClient client, string studyId, string familyName, string hospitalNumber)
    {
        var siteId = await SiteOfAsync(client);
        var response = await client.PostAsJsonAsync("/api/patients", Body(studyId, siteId, familyName, hospitalNumber), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }

    /// <summary>The JSON body of a patient registration or update.</summary>
    private static Dictionary<string, object?> Body(string studyId, Guid siteId, string familyName, string hospitalNumber) => new(StringComparer.Ordinal)
    {
        ["studyId"] = studyId,
        ["siteId"] = siteId,
        ["sex"] = "Female",
        ["birthDate"] = "1990-04-02",
        ["ethnicity"] = "Not stated",
        ["diagnosisDate"] = "2015-06-01",
        ["classificationCriteria"] = "Slicc2012",
        ["nephritisClass"] = "IV",
        ["consentDate"] = "2026-01-10",
        ["givenName"] = "Test",
        ["familyName"] = familyName,
        ["hospitalNumber"] = hospitalNumber,
    };

    /// <summary>Many patients at once, straight through the data layer (the API would take a request each).</summary>
    private async Task InsertAsync(Guid siteId, List<string> studyIds)
    {
        var options = new DbContextOptionsBuilder<LupusDbContext>();
        options.UseLupusDatabase(factory.Database!);
        await using var db = new LupusDbContext(options.Options, AccessScope.System, SystemClock.Instance);
        db.Patients.AddRange(studyIds.Select(s => new Patient
        {
            StudyId = s,
            SiteId = siteId,
            BirthDate = new LocalDate(1990, 1, 1),
            DiagnosisDate = new LocalDate(2015, 1, 1),
            ConsentDate = new LocalDate(2025, 1, 1),
            Identity = new PatientIdentity { GivenName = "Bulk", FamilyName = "Bulk " + s, HospitalNumber = "HB-" + s },
        }));
        await db.SaveChangesAsync(Ct);
    }
}

public sealed class PatientSearchTestsOnSqlite(SqliteWebFactory factory) : PatientSearchTests(factory), IClassFixture<SqliteWebFactory>;

public sealed class PatientSearchTestsOnPostgres(PostgresWebFactory factory) : PatientSearchTests(factory), IClassFixture<PostgresWebFactory>;
