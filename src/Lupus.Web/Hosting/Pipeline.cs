using Lupus.Web.Api;

namespace Lupus.Web.Hosting;

internal static class Pipeline
{
    public static WebApplication UseLupusPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        // The API answers errors with ProblemDetails; pages show a readable status page.
        app.UseWhen(IsApi, a => a.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), a => a.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).AllowAnonymous().ExcludeFromDescription();
        app.MapOpenApi().AllowAnonymous();
        app.MapAssets();
        app.MapAuthApi();
        app.MapLupusApi();
        app.MapRazorPages();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
