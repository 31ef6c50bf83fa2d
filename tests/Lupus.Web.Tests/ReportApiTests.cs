using System.Net;
using Lupus.Web.Tests.Support;

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
