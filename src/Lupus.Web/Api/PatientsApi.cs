using Lupus.Web.Patients;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lupus.Web.Api;

/// <summary><c>/api/patients</c>: search, read, create and update patients.</summary>
internal static class PatientsApi
{
    public static RouteGroupBuilder MapPatients(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/patients").WithTags("Patients");
        group.MapGet("/", Search).WithName("SearchPatients").WithSummary("Patients of your sites; search= matches the start of a study id, family name or hospital number");
        group.MapGet("/{id:guid}", Get).WithName("GetPatient").WithSummary("One patient (identity omitted for statisticians)");
        group.MapPost("/", Create).WithName("CreatePatient").WithSummary("Registers a patient").RequireAuthorization(Policies.Writer);
        group.MapPut("/{id:guid}", Update).WithName("UpdatePatient")
            .WithSummary("Changes a patient; needs the version read and a reason for change").RequireAuthorization(Policies.Writer);
        return group;
    }

    private static async Task<Ok<PatientPage>> Search(PatientService patients, string? search, int? page, CancellationToken ct) =>
        TypedResults.Ok(await patients.SearchAsync(search, page ?? 1, ct));

    private static async Task<Results<Ok<PatientView>, NotFound>> Get(Guid id, PatientService patients, CancellationToken ct) =>
        await patients.FindAsync(id, ct) is { } p ? TypedResults.Ok(PatientService.ToView(p)) : TypedResults.NotFound();

    private static async Task<Results<Created<PatientView>, ValidationProblem>> Create(PatientInput input, PatientService patients, CancellationToken ct)
    {
        var outcome = await patients.CreateAsync(input, ct);
        return outcome.Errors is { } errors
            ? TypedResults.ValidationProblem(errors.ToProblemErrors())
            : TypedResults.Created($"/api/patients/{outcome.Saved!.Id}", PatientService.ToView(outcome.Saved));
    }

    private static async Task<Results<Ok<PatientView>, ValidationProblem, NotFound>> Update(
        Guid id, PatientInput input, PatientService patients, CancellationToken ct)
    {
        var outcome = await patients.UpdateAsync(id, input, ct);
        if (outcome.IsNotFound)
        {
            return TypedResults.NotFound();
        }

        return outcome.Errors is { } errors
            ? TypedResults.ValidationProblem(errors.ToProblemErrors())
            : TypedResults.Ok(PatientService.ToView(outcome.Saved!));
    }
}
