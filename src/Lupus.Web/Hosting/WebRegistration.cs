using System.Text.Json.Serialization;
using Lupus.Web.Patients;
using Lupus.Web.Records;
using Lupus.Web.Security;

namespace Lupus.Web.Hosting;

internal static class WebRegistration
{
    public static IServiceCollection AddLupusWeb(this IServiceCollection services)
    {
        services.AddScoped<PatientService>();
        services.AddScoped(typeof(RecordService<,,,>));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Status");
        });
        return services;
    }
}
