using System.IO.Compression;
using System.Net;
using Lupus.Web.Tests.Support;

namespace Lupus.Web.Tests;

/// <summary><c>GET /api/export</c>: who may download what.</summary>
public sealed class ExportApiTests(SqliteWebFactory factory) : IClassFixture<SqliteWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_Administrator_GetsIdentifiedTablesOfEverySite()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.Admin);

        var patients = await PatientsCsvAsync(client, "/api/export?format=csv");

        Assert.StartsWith("site_code,study_id,sex,birth_date,ethnicity,diagnosis_date,classification_criteria,nephritis_class,consent_date,given_name", patients, StringComparison.Ordinal);
        Assert.Contains("\nNUH,", patients, StringComparison.Ordinal);
        Assert.Contains("\nRLC,", patients, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Accounts.Statistician)]
    [InlineData(Accounts.Monitor)]
    [InlineData(Accounts.InvestigatorA)]
    public async Task Export_OtherRolesIdentified_Returns403(string account)
    {
        var client = await Accounts.LoginAsync(factory, account);

        var response = await client.GetAsync("/api/export?format=csv", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_StatisticianDeidentified_HasNoIdentifiersAndPseudonymousIds()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.Statistician);

        var patients = await PatientsCsvAsync(client, "/api/export?format=csv&deidentify=true");

        Assert.DoesNotContain("given_name", patients, StringComparison.Ordinal);
        var ids = patients.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches("^P[0-9A-F]{16}$", id));
    }

    [Fact]
    public async Task Export_InvestigatorADeidentified_HoldsOnlyItsSite()
    {
        var client = await Accounts.LoginAsync(factory, Accounts.InvestigatorA);

        var patients = await PatientsCsvAsync(client, "/api/export?format=redcap&deidentify=true", "records.csv");

        Assert.Contains(",nuh,", patients, StringComparison.Ordinal);
        Assert.DoesNotContain(",rlc,", patients, StringComparison.Ordinal);
    }

    private static async Task<string> PatientsCsvAsync(HttpClient client, string url, string entry = "patients.csv")
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return (await reader.ReadToEndAsync(Ct)).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
