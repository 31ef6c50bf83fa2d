using System.Security.Cryptography;
using Lupus.Application.Demo;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Web.Demo;

/// <summary>
/// Seeds two sites, the synthetic MSC cohorts of <see cref="TrialDemo"/> and one account per role into an empty
/// database (<c>--demo</c>).
/// </summary>
internal sealed class DemoSeeder(UserManager<LupusUser> users)
{
    public const string Domain = "demo.lupustrials.org";

    public async Task SeedAsync(LupusDbContext db, LupusWebOptions options, CancellationToken ct)
    {
        if (await db.Sites.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            return;
        }

        var cohort = TrialDemo.Create(options.DemoSeed);
        db.Sites.AddRange(cohort.SiteA, cohort.SiteB);
        db.AddRange(cohort.Records);
        await db.SaveChangesAsync(ct);

        var password = string.IsNullOrEmpty(options.DemoPassword) ? GeneratePassword() : options.DemoPassword;
        await AddAsync("admin", "Demo administrator", UserRole.Administrator, password, cohort.SiteA, cohort.SiteB);
        await AddAsync("investigator.a", "Investigator, " + cohort.SiteA.Name, UserRole.Investigator, password, cohort.SiteA);
        await AddAsync("investigator.b", "Investigator, " + cohort.SiteB.Name, UserRole.Investigator, password, cohort.SiteB);
        await AddAsync("monitor", "Trial monitor", UserRole.Monitor, password, cohort.SiteA, cohort.SiteB);
        await AddAsync("statistician", "Trial statistician", UserRole.Statistician, password, cohort.SiteA, cohort.SiteB);
        if (string.IsNullOrEmpty(options.DemoPassword))
        {
            // Shown once: it is stored only as a hash.
            Console.WriteLine($"Demo accounts (admin, investigator.a, investigator.b, monitor, statistician @{Domain}) password: {password}");
        }
    }

    private async Task AddAsync(string name, string displayName, UserRole role, string password, params Site[] sites)
    {
        var email = $"{name}@{Domain}";
        var user = new LupusUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, Role = role };
        user.Sites = [.. sites.Select(s => new UserSite { UserId = user.Id, SiteId = s.Id })];
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Cannot create demo account {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private static string GeneratePassword() =>
        $"Sle-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}-X9";
}
