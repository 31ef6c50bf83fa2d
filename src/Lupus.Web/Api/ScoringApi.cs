using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Persistence.Clinical;
using Lupus.Web.Records;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Api;

/// <summary><c>POST /api/patients/{id}/visits/score</c>: scores visit values without saving (the visit form's live preview).</summary>
internal static class ScoringApi
{
    public static void MapScoring(this RouteGroupBuilder patients) =>
        patients.MapPost("/{id:guid}/visits/score", Score).WithTags("Visit").WithName("ScoreVisit")
            .WithSummary("SLEDAI-2K and BILAG-2004 renal grade of unsaved visit values");

    private static async Task<Results<Ok<VisitScore>, NotFound>> Score(Guid id, VisitInput input, LupusDbContext db, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        var visit = new Visit { PatientId = id };
        VisitRecords.CopyTo(input, visit);
        var date = LocalDate.FromDateOnly(input.VisitDate);
        var previous = await db.Visits.AsNoTracking().Where(v => v.PatientId == id && v.VisitDate < date)
            .OrderByDescending(v => v.VisitDate).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(VisitScorer.Score(visit, previous, patient.NephritisClass));
    }
}
