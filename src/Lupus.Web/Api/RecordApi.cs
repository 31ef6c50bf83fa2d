using Lupus.Persistence.Entities;
using Lupus.Web.Records;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lupus.Web.Api;

/// <summary>The create/read/update/delete endpoints of one kind of patient record, under <c>/api/patients/{patientId}/{segment}</c>.</summary>
internal static class RecordApi<TKind, TEntity, TInput, TView>
    where TKind : IRecordKind<TEntity, TInput, TView>
    where TEntity : PatientRecord, new()
    where TInput : IRecordInput
{
    public static void Map(RouteGroupBuilder patients)
    {
        // Handlers pass as Delegate values: the route-handler analyzer cannot inspect generic method groups.
        Delegate list = List, get = Get, create = Create, update = Update, delete = Delete;
        var group = patients.MapGroup("/{patientId:guid}/" + TKind.Segment).WithTags(TKind.Name);
        group.MapGet("/", list).WithName($"List{TKind.Name}").WithSummary($"{TKind.Name} records of a patient, newest first");
        group.MapGet("/{id:guid}", get).WithName($"Get{TKind.Name}").WithSummary($"One {TKind.Name} record");
        group.MapPost("/", create).WithName($"Create{TKind.Name}").WithSummary($"Records a new {TKind.Name}")
            .RequireAuthorization(Policies.Writer);
        group.MapPut("/{id:guid}", update).WithName($"Update{TKind.Name}")
            .WithSummary($"Changes a {TKind.Name}; needs the version read and a reason for change")
            .RequireAuthorization(Policies.Writer);
        group.MapDelete("/{id:guid}", delete).WithName($"Delete{TKind.Name}")
            .WithSummary($"Deletes a {TKind.Name}; needs a reason for change (audited), and checks the version when given")
            .RequireAuthorization(Policies.Writer);
    }

    private static async Task<Results<Ok<IReadOnlyList<TView>>, NotFound>> List(
        Guid patientId, RecordService<TKind, TEntity, TInput, TView> records, CancellationToken ct) =>
        await records.ListAsync(patientId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    private static async Task<Results<Ok<TView>, NotFound>> Get(
        Guid patientId, Guid id, RecordService<TKind, TEntity, TInput, TView> records, CancellationToken ct) =>
        await records.FindAsync(patientId, id, ct) is { } entity ? TypedResults.Ok(TKind.ToView(entity)) : TypedResults.NotFound();

    private static async Task<Results<Created<TView>, ValidationProblem, NotFound>> Create(
        Guid patientId, TInput input, RecordService<TKind, TEntity, TInput, TView> records, CancellationToken ct)
    {
        var outcome = await records.CreateAsync(patientId, input, ct);
        if (outcome.IsNotFound)
        {
            return TypedResults.NotFound();
        }

        return outcome.Errors is { } errors
            ? TypedResults.ValidationProblem(errors.ToProblemErrors())
            : TypedResults.Created($"/api/patients/{patientId}/{TKind.Segment}/{outcome.Saved!.Id}", TKind.ToView(outcome.Saved));
    }

    private static async Task<Results<Ok<TView>, ValidationProblem, NotFound>> Update(
        Guid patientId, Guid id, TInput input, RecordService<TKind, TEntity, TInput, TView> records, CancellationToken ct)
    {
        var outcome = await records.UpdateAsync(patientId, id, input, ct);
        if (outcome.IsNotFound)
        {
            return TypedResults.NotFound();
        }

        return outcome.Errors is { } errors
            ? TypedResults.ValidationProblem(errors.ToProblemErrors())
            : TypedResults.Ok(TKind.ToView(outcome.Saved!));
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound>> Delete(
        Guid patientId, Guid id, string? reason, int? version, RecordService<TKind, TEntity, TInput, TView> records, CancellationToken ct)
    {
        var outcome = await records.DeleteAsync(patientId, id, reason, version, ct);
        if (outcome.IsNotFound)
        {
            return TypedResults.NotFound();
        }

        return outcome.Errors is { } errors ? TypedResults.ValidationProblem(errors.ToProblemErrors()) : TypedResults.NoContent();
    }
}
