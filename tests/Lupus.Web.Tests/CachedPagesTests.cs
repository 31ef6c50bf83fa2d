using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lupus.Web.Tests.Support;

namespace Lupus.Web.Tests;

/// <summary>
/// Pages served from the caches (patient list counts and page starts, the patient page's course): a change shows on
/// the next request and no user sees another site's data, once on SQLite and once on PostgreSQL.
/// </summary>
public abstract class CachedPagesTests(LupusWebFactory factory)
{
    private const int PageSize = 20;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PatientList_AfterRegistering_CountsAndPagesTheNewPatients()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var before = await client.GetJsonAsync("/api/patients");
        var siteId = before.GetProperty("items")[0].GetProperty("siteId").GetString();

        // More than a page, study ids sorting before, between and after the demo patients.
        var added = Enumerable.Range(1, PageSize + 5).Select(i => $"{(i % 3 == 0 ? "AAA" : i % 3 == 1 ? "NUH-5" : "ZZZ")}-{i:000}").ToList();
        foreach (var studyId in added)
        {
            await RegisterAsync(client, studyId, siteId!);
        }

        var pages = await AllPagesAsync(client);
        var total = before.GetProperty("total").GetInt32() + added.Count;
        Assert.Equal(total, pages.Total);
        Assert.Equal(total, pages.StudyIds.Count);
        Assert.Equal(total, pages.StudyIds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(added, id => Assert.Contains(id, pages.StudyIds));
        Assert.Empty((await client.GetJsonAsync($"/api/patients?page={pages.Count + 1}")).GetProperty("items").EnumerateArray());
        var html = await client.GetStringAsync(new Uri("/Patients?page=2", UriKind.Relative), Ct);
        Assert.Contains($"{total} patients", html, StringComparison.Ordinal);
        Assert.Contains($"Page 2 of {pages.Count}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientList_AfterOtherScopesWereCached_ShowsOnlyOwnSite()
    {
        var admin = await Accounts.LoginAsync(factory, Accounts.Admin);
        var a = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var b = await Accounts.LoginAsync(factory, Accounts.InvestigatorB);

        var all = await AllPagesAsync(admin);
        var ofA = await AllPagesAsync(a);
        var ofB = await AllPagesAsync(b);

        Assert.Equal(["NUH"], ofA.SiteCodes);
        Assert.DoesNotContain("NUH", ofB.SiteCodes);
        Assert.Equal(all.Total, ofA.Total + ofB.Total);
        Assert.Empty(ofA.StudyIds.Intersect(ofB.StudyIds, StringComparer.Ordinal));
        var html = await b.GetStringAsync(new Uri("/Patients", UriKind.Relative), Ct);
        Assert.Contains($"{ofB.Total} patients", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">NUH<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientList_MonitorAndStatisticianOfTheSameSites_ShareRowsButNeverIdentities()
    {
        var monitor = await Accounts.LoginAsync(factory, Accounts.Monitor);
        var statistician = await Accounts.LoginAsync(factory, Accounts.Statistician);

        // Both orders: whoever reads a page first, the other one gets the rows of its own role.
        var statisticianFirst = (await statistician.GetJsonAsync("/api/patients?page=2")).GetProperty("items");
        var monitorSecond = (await monitor.GetJsonAsync("/api/patients?page=2")).GetProperty("items");
        var monitorFirst = (await monitor.GetJsonAsync("/api/patients?page=3")).GetProperty("items");
        var statisticianSecond = (await statistician.GetJsonAsync("/api/patients?page=3")).GetProperty("items");
        var html = await statistician.GetStringAsync(new Uri("/Patients?page=2", UriKind.Relative), Ct);

        Assert.Equal(StudyIds(statisticianFirst), StudyIds(monitorSecond));
        Assert.Equal(StudyIds(monitorFirst), StudyIds(statisticianSecond));
        Assert.Equal(PageSize, monitorFirst.GetArrayLength());
        foreach (var item in statisticianFirst.EnumerateArray().Concat(statisticianSecond.EnumerateArray()))
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty("identity").ValueKind);
        }

        foreach (var item in monitorSecond.EnumerateArray().Concat(monitorFirst.EnumerateArray()))
        {
            Assert.Equal(JsonValueKind.String, item.GetProperty("identity").GetProperty("familyName").ValueKind);
        }

        var familyName = monitorSecond[0].GetProperty("identity").GetProperty("familyName").GetString()!;
        Assert.DoesNotContain(familyName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientList_AfterAFamilyNameChange_ShowsTheNewName()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var first = (await client.GetJsonAsync("/api/patients")).GetProperty("items")[0];
        var id = first.GetProperty("id").GetString();
        var patient = await client.GetJsonAsync($"/api/patients/{id}");

        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(patient.GetRawText())!
            .Where(p => p.Key != "identity").ToDictionary(p => p.Key, p => (object)p.Value);
        var identity = patient.GetProperty("identity");
        body["givenName"] = identity.GetProperty("givenName").GetString()!;
        body["familyName"] = "Renamedlisted";
        body["hospitalNumber"] = identity.GetProperty("hospitalNumber").GetString()!;
        body["reason"] = "Name corrected";
        var updated = await client.PutAsJsonAsync($"/api/patients/{id}", body, Ct);
        var after = (await client.GetJsonAsync("/api/patients")).GetProperty("items")[0];

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual("Renamedlisted", first.GetProperty("identity").GetProperty("familyName").GetString());
        Assert.Equal("Renamedlisted", after.GetProperty("identity").GetProperty("familyName").GetString());
    }

    [Fact]
    public async Task PatientPage_AfterANewVisit_ShowsIt()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-004");
        var before = await client.GetStringAsync(new Uri($"/Patients/{id}", UriKind.Relative), Ct);

        var created = await client.PostAsJsonAsync($"/api/patients/{id}/visits", new { visitDate = "2026-08-27", descriptors = new[] { "rash" } }, Ct);
        var after = await client.GetStringAsync(new Uri($"/Patients/{id}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.DoesNotContain("2026-08-27", before, StringComparison.Ordinal);
        Assert.Contains("2026-08-27", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientPage_OtherSiteAfterTheOwnerViewedIt_Returns404()
    {
        var a = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var b = await Accounts.LoginAsync(factory, Accounts.InvestigatorB);
        var id = await a.PatientIdAsync("NUH-001");

        var own = await a.GetAsync(new Uri($"/Patients/{id}", UriKind.Relative), Ct);
        var other = await b.GetAsync(new Uri($"/Patients/{id}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private static List<string> StudyIds(JsonElement items) =>
        [.. items.EnumerateArray().Select(i => i.GetProperty("studyId").GetString()!)];

    private static async Task RegisterAsync(HttpClient client, string studyId, string siteId)
    {
        var response = await client.PostAsJsonAsync("/api/patients", new
        {
            studyId,
            siteId,
            sex = "Female",
            birthDate = "1990-04-02",
            ethnicity = "Not stated",
            diagnosisDate = "2015-06-01",
            classificationCriteria = "Slicc2012",
            nephritisClass = "IV",
            consentDate = "2026-01-10",
            givenName = "Test",
            familyName = "Patient " + studyId,
            hospitalNumber = "H-" + studyId,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Every page of the unsearched list, in order.</summary>
    private static async Task<ListPages> AllPagesAsync(HttpClient client)
    {
        var studyIds = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var first = await client.GetJsonAsync("/api/patients");
        var total = first.GetProperty("total").GetInt32();
        var count = (total + PageSize - 1) / PageSize;
        for (var page = 1; page <= count; page++)
        {
            var items = page == 1 ? first.GetProperty("items") : (await client.GetJsonAsync($"/api/patients?page={page}")).GetProperty("items");
            foreach (var item in items.EnumerateArray())
            {
                studyIds.Add(item.GetProperty("studyId").GetString()!);
                codes.Add(item.GetProperty("siteCode").GetString()!);
            }
        }

        return new ListPages(total, count, studyIds, [.. codes.Order(StringComparer.Ordinal)]);
    }

    private sealed record ListPages(int Total, int Count, List<string> StudyIds, List<string> SiteCodes);
}

public sealed class CachedPagesTestsOnSqlite(SqliteWebFactory factory) : CachedPagesTests(factory), IClassFixture<SqliteWebFactory>;

public sealed class CachedPagesTestsOnPostgres(PostgresWebFactory factory) : CachedPagesTests(factory), IClassFixture<PostgresWebFactory>;
