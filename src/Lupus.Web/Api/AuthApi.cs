using Lupus.Persistence.Entities;
using Lupus.Web.Security;

namespace Lupus.Web.Api;

/// <summary>
/// Identity's API endpoints under <c>/api/auth</c>, limited to <c>login</c> and <c>refresh</c>: accounts are created
/// by administrators, never by self-registration. Rate-limited per client address.
/// </summary>
internal static class AuthApi
{
    private static readonly string[] Exposed = ["/api/auth/login", "/api/auth/refresh"];

    public static void MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Authentication").AllowAnonymous().RequireRateLimiting(Policies.Login);
        group.AddEndpointFilter(async (context, next) =>
            Exposed.Contains(context.HttpContext.Request.Path.Value, StringComparer.OrdinalIgnoreCase)
                ? await next(context)
                : TypedResults.NotFound());
        group.MapIdentityApi<LupusUser>();
    }
}
