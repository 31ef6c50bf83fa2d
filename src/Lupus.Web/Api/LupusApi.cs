using Lupus.Persistence.Entities;
using Lupus.Web.Records;

namespace Lupus.Web.Api;

/// <summary>The JSON API under <c>/api</c>; every endpoint needs a signed-in user (bearer token or cookie).</summary>
internal static class LupusApi
{
    public static void MapLupusApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapReports();
        api.MapExport();
        var patients = api.MapPatients();
        patients.MapAudit();
        patients.MapScoring();
        RecordApi<VisitRecords, Visit, VisitInput, VisitView>.Map(patients);
        RecordApi<LabRecords, LabResult, LabInput, RecordView<LabInput>>.Map(patients);
        RecordApi<InfusionRecords, MscInfusion, InfusionInput, RecordView<InfusionInput>>.Map(patients);
        RecordApi<AdverseEventRecords, AdverseEvent, AdverseEventInput, RecordView<AdverseEventInput>>.Map(patients);
        RecordApi<ImmunePanelRecords, ImmunePanel, ImmunePanelInput, RecordView<ImmunePanelInput>>.Map(patients);
    }
}
