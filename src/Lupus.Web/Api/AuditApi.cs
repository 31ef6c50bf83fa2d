using Lupus.Persistence;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Web.Api;

/// <summary>One audited field change, as returned by the API.</summary>
public sealed record AuditEntryView(
    DateTimeOffset At, string UserName, string Action, string Entity, Guid EntityId, string Field, string? OldValue, string? NewValue, string? Reason);

/// <summary><c>GET /api/patients/{id}/audit</c>: the read-only audit trail of a patient (administrators and monitors).</summary>
internal static class AuditApi
{
    public static void MapAudit(this RouteGroupBuilder patients) =>
        patients.MapGet("/{id:guid}/audit", Get).WithTags("Audit").WithName("GetPatientAudit")
            .WithSummary("Every recorded change of a patient's data, oldest first").RequireAuthorization(Policies.AuditReader);

    private static async Task<Results<Ok<IReadOnlyList<AuditEntryView>>, NotFound>> Get(Guid id, LupusDbContext db, CancellationToken ct)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == id, ct))
        {
            return TypedResults.NotFound();
        }

        var entries = await AuditQueries.ForPatientAsync(db, id, ct);
        return TypedResults.Ok(entries);
    }
}
