using System.Net;
using System.Net.Http.Json;
using Lupus.Persistence.Tests.Support;
using Lupus.Web.Tests.Support;

namespace Lupus.Web.Tests;

/// <summary>Login rate limiting (its own application, so other tests' logins do not count).</summary>
public sealed class LoginProtectionTests(LoginProtectionTests.LimitedFactory factory) : IClassFixture<LoginProtectionTests.LimitedFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_BeyondThePerMinuteLimit_Returns429()
    {
        var client = Accounts.Anonymous(factory);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < LimitedFactory.Permits + 1; i++)
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email = Accounts.Monitor, password = "not-the-password" }, Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(LimitedFactory.Permits), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    /// <summary>The application with a login limit of three attempts per minute.</summary>
    public sealed class LimitedFactory() : LupusWebFactory(TestDatabases.Sqlite)
    {
        public const int Permits = 3;

        protected override int LoginPermitsPerMinute => Permits;
    }
}

/// <summary>The login page shares the per-address limit (its own application, so no other test's attempts count).</summary>
public sealed class LoginPageProtectionTests(LoginProtectionTests.LimitedFactory factory) : IClassFixture<LoginProtectionTests.LimitedFactory>
{
    [Fact]
    public async Task LoginPage_BeyondThePerMinuteLimit_Returns429()
    {
        var client = Accounts.Anonymous(factory);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < LoginProtectionTests.LimitedFactory.Permits + 1; i++)
        {
            statuses.Add((await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.All(statuses.Take(LoginProtectionTests.LimitedFactory.Permits), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
