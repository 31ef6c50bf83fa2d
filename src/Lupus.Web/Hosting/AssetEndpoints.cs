namespace Lupus.Web.Hosting;

/// <summary>Serves the stylesheet and scripts embedded in this assembly (no static-file set-up in any host).</summary>
internal static class AssetEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["site.css"] = "text/css; charset=utf-8",
        ["visit-form.js"] = "text/javascript; charset=utf-8",
    };

    public static void MapAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/{name}", (string name) =>
        {
            var stream = ContentTypes.TryGetValue(name, out var type)
                ? typeof(AssetEndpoints).Assembly.GetManifestResourceStream("Lupus.Web.Assets." + name)
                : null;
            return stream is null ? Results.NotFound() : Results.Stream(stream, type);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
