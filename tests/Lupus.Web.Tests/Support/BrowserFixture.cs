using System.Net;
using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Persistence.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lupus.Web.Tests.Support;

/// <summary>The application on a real loopback port (Kestrel) and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public KestrelWebFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        await App.DisposeAsync();
    }

    /// <summary>Id of a patient by study id, read with the system scope (bypassing every site filter).</summary>
    public async Task<Guid> PatientIdAsync(string studyId)
    {
        using var scope = App.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LupusDbContext>>();
        await using var db = new LupusDbContext(options, AccessScope.System, NodaTime.SystemClock.Instance);
        return await db.Patients.Where(p => p.StudyId == studyId).Select(p => p.Id).SingleAsync();
    }

    /// <summary>
    /// A fresh browser page signed in as <paramref name="email"/> through the login form; with <paramref name="alongside"/>
    /// the pages already open stay open (a second user at the same time).
    /// </summary>
    public async Task<IPage> SignInAsync(string email, bool alongside = false)
    {
        Assert.SkipUnless(File.Exists(Chromium), "Chromium is not installed (scripts/test-deps.sh installs it)");
        // One open page at a time: earlier tests' pages (and their scripts) would otherwise keep running.
        foreach (var context in alongside ? [] : Browser.Contexts.ToList())
        {
            await context.CloseAsync();
        }

        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        // The test machine is shared with other builds: allow slow responses rather than fail on them.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(LupusWebFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/");
        return page;
    }
}

/// <summary>The SQLite demo application on a dynamic loopback port.</summary>
public sealed class KestrelWebFactory : LupusWebFactory
{
    public KestrelWebFactory()
        : base(TestDatabases.Sqlite) => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
}
