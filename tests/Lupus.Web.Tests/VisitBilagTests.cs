using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lupus.Domain.Instruments.Bilag;
using Lupus.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lupus.Web.Tests;

/// <summary>BILAG-2004 items of all 9 domains through the visit API, the scoring preview and the visit form.</summary>
public abstract partial class VisitBilagTests(LupusWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateVisit_BilagItems_StoresItemsAndGradesFromTheLibraryAndAudits()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var monitor = await Accounts.LoginAsync(factory, Accounts.Monitor);
        var id = await client.PatientIdAsync("NUH-008");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/visits", new
        {
            visitDate = "2026-08-21",
            bilagItems = new Dictionary<string, int> { ["skin_eruption_mild"] = 4, ["pyrexia"] = 0 },
            bilagPreviousInvolvement = new Dictionary<string, bool> { ["constitutional"] = false },
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var visit = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var grades = visit.GetProperty("bilagGrades").GetString()!;
        Assert.Equal(9, grades.Length);
        Assert.Equal(Letter(BilagDomain.Mucocutaneous, new() { ["skin_eruption_mild"] = 4 }, null), grades[(int)BilagDomain.Mucocutaneous]);
        Assert.Equal(Letter(BilagDomain.Constitutional, new() { ["pyrexia"] = 0 }, false), grades[(int)BilagDomain.Constitutional]);
        Assert.Equal('-', grades[(int)BilagDomain.Neuropsychiatric]); // no item done: not assessable, never E from zeros
        var items = visit.GetProperty("data").GetProperty("bilagItems");
        Assert.Equal(4, items.GetProperty("skin_eruption_mild").GetInt32());
        Assert.Equal(0, items.GetProperty("pyrexia").GetInt32());
        var audit = await monitor.GetJsonAsync($"/api/patients/{id}/audit");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("entity").GetString() == "Visit" && e.GetProperty("field").GetString() == "BilagItems");
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("field").GetString() == "BilagGrades" && e.GetProperty("newValue").GetString() == grades);
    }

    [Fact]
    public async Task CreateVisit_UnknownItemAndCodeOutOfRange_Returns400OnEachItem()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-008");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/visits", new
        {
            visitDate = "2026-08-22",
            bilagItems = new Dictionary<string, int> { ["not_an_item"] = 1, ["pyrexia"] = 7 },
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("'not_an_item' is not a BILAG-2004 item of a non-renal domain", errors.GetProperty("bilagItems[not_an_item]")[0].GetString());
        Assert.Equal(
            "must be a BILAG-2004 code from 0 to 4 (0 not present, 1 improving, 2 same, 3 worse, 4 new), got 7",
            errors.GetProperty("bilagItems[pyrexia]")[0].GetString());
    }

    [Fact]
    public async Task ScoreVisit_BilagItems_PreviewsAllNineGrades()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);
        var id = await client.PatientIdAsync("NUH-009");

        var response = await client.PostAsJsonAsync($"/api/patients/{id}/visits/score", new
        {
            visitDate = "2026-08-21",
            bilagItems = new Dictionary<string, int> { ["skin_eruption_mild"] = 4 },
        }, Ct);

        var score = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var grades = score.GetProperty("bilagGrades").GetString()!;
        Assert.Equal(Letter(BilagDomain.Mucocutaneous, new() { ["skin_eruption_mild"] = 4 }, null), grades[(int)BilagDomain.Mucocutaneous]);
        Assert.Equal(8, grades.Count(c => c == '-'));
    }

    [Fact]
    public async Task VisitForm_BilagDomainsWithoutScript_PostShowsFieldErrorThenSaves()
    {
        Assert.SkipWhen(factory.Database is null, "LUPUS_PG is not set (./build.sh test starts PostgreSQL and sets it)");
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await LoginWithCookieAsync(client);
        var id = await (await Accounts.LoginAsync(factory, Accounts.InvestigatorA)).PatientIdAsync("NUH-010");
        var url = $"/Patients/{id}/Visits/new";
        var form = await client.GetStringAsync(url, Ct);
        Assert.Equal(8, DetailsElement().Count(form));
        Assert.Contains("<label for=\"bilag-pyrexia\">", form, StringComparison.Ordinal);

        var invalid = await client.PostAsync(url, Form(form, ("Input.VisitDate", "2026-08-23"), ("Input.BilagItems[pyrexia]", "9")), Ct);
        var page = await invalid.Content.ReadAsStringAsync(Ct);
        var saved = await client.PostAsync(url, Form(form, ("Input.VisitDate", "2026-08-23"), ("Input.BilagItems[skin_eruption_mild]", "4"), ("Input.BilagItems[pyrexia]", "")), Ct);

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("BILAG-2004 item pyrexia must be a BILAG-2004 code from 0 to 4", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var visits = await (await Accounts.LoginAsync(factory, Accounts.InvestigatorA)).GetJsonAsync($"/api/patients/{id}/visits");
        var visit = visits.EnumerateArray().Single(v => v.GetProperty("data").GetProperty("visitDate").GetString() == "2026-08-23");
        Assert.Equal("-" + Letter(BilagDomain.Mucocutaneous, new() { ["skin_eruption_mild"] = 4 }, null) + "-------", visit.GetProperty("bilagGrades").GetString());
        Assert.False(visit.GetProperty("data").GetProperty("bilagItems").TryGetProperty("pyrexia", out _));
        var details = await client.GetStringAsync($"/Patients/{id}", Ct);
        Assert.Contains(">" + visit.GetProperty("bilagGrades").GetString() + "<", details, StringComparison.Ordinal);
    }

    private static char Letter(BilagDomain domain, Dictionary<string, int> items, bool? previousInvolvement) =>
        Assert.IsType<BilagDomainResult>(Bilag2004Domain.Instance.Evaluate(new BilagDomainInput { Domain = domain, Items = items, PreviousInvolvement = previousInvolvement }))
            .Grade is { } g ? BilagGrades.Letter(g)[0] : '-';

    private static async Task LoginWithCookieAsync(HttpClient client)
    {
        var login = await client.GetStringAsync("/Account/Login", Ct);
        var response = await client.PostAsync("/Account/Login", Form(login, ("Email", Accounts.InvestigatorA), ("Password", LupusWebFactory.Password)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", Token().Match(page).Groups[1].Value), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<details class=\"bilag-domain\"")]
    private static partial Regex DetailsElement();
}

public sealed class VisitBilagTestsOnSqlite(SqliteWebFactory factory) : VisitBilagTests(factory), IClassFixture<SqliteWebFactory>;

public sealed class VisitBilagTestsOnPostgres(PostgresWebFactory factory) : VisitBilagTests(factory), IClassFixture<PostgresWebFactory>;
