using Lupus.Web.Hosting;

namespace Lupus.Web;

/// <summary>Builds the registry web application; hosted by this project's Program and by <c>lupus serve</c>.</summary>
/// <remarks>A sealed class rather than a static one so tests can name it as <c>WebApplicationFactory&lt;LupusWebApp&gt;</c>.</remarks>
public sealed class LupusWebApp
{
    private LupusWebApp()
    {
    }

    /// <summary>Creates the application: services, middleware, pages and the JSON API.</summary>
    /// <param name="args">Command-line arguments (ASP.NET Core configuration syntax, for example <c>--urls</c>).</param>
    /// <param name="settings">Values for the <c>Lupus</c> configuration section, applied over all other sources.</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Pages and views are discovered in this assembly, whichever executable hosts it.
            ApplicationName = typeof(LupusWebApp).Assembly.GetName().Name,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"{LupusWebOptions.Section}:{s.Key}", s.Value)));
        }

        // Statement and per-request logging at Information would print every audited insert and page view.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddLupusData();
        builder.Services.AddLupusSecurity();
        builder.Services.AddLupusWeb();
        var app = builder.Build();
        app.UseLupusPipeline();
        return app;
    }
}
