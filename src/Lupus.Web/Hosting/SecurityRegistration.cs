using System.Threading.RateLimiting;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lupus.Web.Hosting;

internal static class SecurityRegistration
{
    public static IServiceCollection AddLupusSecurity(this IServiceCollection services)
    {
        // Bearer tokens for the API and the Identity cookie for pages; both are accepted everywhere.
        services.AddIdentityApiEndpoints<LupusUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<LupusDbContext>()
            .AddClaimsPrincipalFactory<LupusClaimsFactory>();
        // Role and sites travel as claims; re-check them soon after an administrator changes an account.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<AuthenticationOptions>(o =>
        {
            // Pages send people to the login form; the cookie events below answer the API with status codes.
            o.DefaultChallengeScheme = IdentityConstants.ApplicationScheme;
            o.DefaultForbidScheme = IdentityConstants.ApplicationScheme;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "lupus.auth";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Events.OnRedirectToLogin = ctx => ApiStatusOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiStatusOr(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Writer, p => p.RequireRole(nameof(UserRole.Administrator), nameof(UserRole.Investigator)))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(nameof(UserRole.Administrator)))
            .AddPolicy(Policies.AuditReader, p => p.RequireRole(nameof(UserRole.Administrator), nameof(UserRole.Monitor)))
            .AddPolicy(Policies.ReportReader, p => p.RequireRole(nameof(UserRole.Administrator), nameof(UserRole.Statistician)));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policies.Login, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = ctx.RequestServices.GetRequiredService<IOptions<LupusWebOptions>>().Value.LoginPermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return services;
    }

    private static Task ApiStatusOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
