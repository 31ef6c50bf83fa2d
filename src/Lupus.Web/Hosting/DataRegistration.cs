using Lupus.Persistence;
using Lupus.Persistence.Access;
using Lupus.Web.Caching;
using Lupus.Web.Dashboard;
using Lupus.Web.Patients;
using Lupus.Web.Security;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Lupus.Web.Hosting;

internal static class DataRegistration
{
    public static IServiceCollection AddLupusData(this IServiceCollection services)
    {
        services.AddOptions<LupusWebOptions>().BindConfiguration(LupusWebOptions.Section);
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddHttpContextAccessor();
        services.AddScoped<IAccessScopeSource, HttpAccessScope>();
        // Options are read when the context is built, so test hosts can still override the database.
        services.AddSingleton<DataVersion>();
        services.AddSingleton<DashboardCache>();
        services.AddSingleton<PatientListCache>();
        services.AddSingleton<PatientCourseCache>();
        services.AddDbContext<LupusDbContext>((sp, o) => o.UseLupusDatabase(sp.GetRequiredService<IOptions<LupusWebOptions>>().Value.Database)
            .AddInterceptors(sp.GetRequiredService<DataVersion>()));
        services.AddScoped<Demo.DemoSeeder>();
        services.AddHostedService<DatabaseInitialiser>();
        return services;
    }
}
