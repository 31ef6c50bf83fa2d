using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lupus.Reports.Evidence;
using Lupus.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Lupus.Web.Tests;

/// <summary>The cohort report for administrators and statisticians, limited to the caller's sites.</summary>
public abstract class ReportApiTests(LupusWebFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Report_Statistician_GetsDerivedFiguresOfTheDemo()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.Statistician);

        var report = await client.GetJsonAsync("/api/reports/trial?format=json");

        var multicentre = report.GetProperty("cohorts").EnumerateArray().Single(c => c.GetProperty("n").GetInt32() == 40);
        Assert.Equal(13, multicentre.GetProperty("response_12m").GetProperty("mcr").GetInt32());
        Assert.Equal(11, multicentre.GetProperty("response_12m").GetProperty("pcr").GetInt32());
        Assert.Equal(37, multicentre.GetProperty("survival").GetProperty("alive").GetInt32());
        var longTerm = report.GetProperty("cohorts").EnumerateArray().Single(c => c.GetProperty("n").GetInt32() == 87);
        Assert.Equal(82, longTerm.GetProperty("survival").GetProperty("alive").GetInt32());
        Assert.Equal(20, longTerm.GetProperty("relapse").GetProperty("relapsed").GetInt32());
    }

    [Fact]
    public async Task Report_Html_SelfContainedWithoutIdentifyingData()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.Admin);

        var response = await client.GetAsync("/api/reports/trial?site=RLC", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("id=\"evidence\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("RLC-001", html, StringComparison.Ordinal);
        Assert.Contains("n = 20", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Evidence_SameSectionAsTheCliReport()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.Statistician);
        var expected = ReportEvidence.Create(RepositoryData.Folder, failOnBadInput: true);

        var json = await client.GetJsonAsync("/api/reports/trial?format=json");
        var html = await (await client.GetAsync("/api/reports/trial", Ct)).Content.ReadAsStringAsync(Ct);

        var figures = json.GetProperty("evidence").GetProperty("figures");
        Assert.NotEmpty(expected.Figures);
        Assert.Equal(expected.Figures.Count, figures.EnumerateObject().Count());
        foreach (var (key, value) in expected.Figures)
        {
            Assert.Equal(value, figures.GetProperty(key).GetDouble(), 12);
        }

        // Plots carry generated element ids, so the section is compared up to its first figure.
        var svg = expected.Html.IndexOf("<svg", StringComparison.Ordinal);
        Assert.Contains(svg < 0 ? expected.Html : expected.Html[..svg], html, StringComparison.Ordinal);
        Assert.DoesNotContain("not attached to this report", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_EvidenceFilesMissing_ReportWithClearNote()
    {
        var missing = Path.Combine(Path.GetTempPath(), "lupus-no-evidence-" + Guid.NewGuid().ToString("N"));
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Lupus:EvidenceDataFolder", missing));
        Assert.SkipWhen(factory.Database is null, "LUPUS_PG is not set (./build.sh test starts PostgreSQL and sets it)");
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = Accounts.Statistician, password = LupusWebFactory.Password }, Ct);
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(Ct));
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.RootElement.GetProperty("accessToken").GetString());

        var response = await client.GetAsync("/api/reports/trial", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var json = await client.GetJsonAsync("/api/reports/trial?format=json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            $"The evidence synthesis is not included: data file(s) not found: {Path.Combine(missing, "msc-sle-studies.csv")}",
            html,
            StringComparison.Ordinal);
        Assert.StartsWith("The evidence synthesis is not included", json.GetProperty("evidence").GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Empty(json.GetProperty("evidence").GetProperty("figures").EnumerateObject());
    }

    [Theory]
    [InlineData(Accounts.InvestigatorA)]
    [InlineData(Accounts.Monitor)]
    public async Task Report_OtherRoles_Forbidden(string account)
    {
        var client = await Accounts.LoginAsync(factory, account);

        var response = await client.GetAsync("/api/reports/trial", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Report_UnknownSite_NotFound()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.Statistician);

        var response = await client.GetAsync("/api/reports/trial?site=XYZ", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class ReportApiTestsOnSqlite(SqliteWebFactory factory) : ReportApiTests(factory), IClassFixture<SqliteWebFactory>;
