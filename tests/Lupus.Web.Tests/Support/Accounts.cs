using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Lupus.Web.Tests.Support;

/// <summary>Demo accounts and bearer-token login through <c>POST /api/auth/login</c>.</summary>
public static class Accounts
{
    public const string Admin = "admin@demo.lupustrials.org";
    public const string InvestigatorA = "investigator.a@demo.lupustrials.org";
    public const string InvestigatorB = "investigator.b@demo.lupustrials.org";
    public const string Monitor = "monitor@demo.lupustrials.org";
    public const string Statistician = "statistician@demo.lupustrials.org";

    public static HttpClient Anonymous(LupusWebFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Assert.SkipWhen(factory.Database is null, "LUPUS_PG is not set (./build.sh test starts PostgreSQL and sets it)");
        return factory.CreateClient();
    }

    public static async Task<HttpClient> LoginAsync(LupusWebFactory factory, string email)
    {
        var client = Anonymous(factory);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = LupusWebFactory.Password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <summary>Id of the first demo patient with the given study id.</summary>
    public static async Task<string> PatientIdAsync(this HttpClient client, string studyId)
    {
        var page = await client.GetJsonAsync($"/api/patients?search={studyId}");
        return page.GetProperty("items")[0].GetProperty("id").GetString()!;
    }
}
