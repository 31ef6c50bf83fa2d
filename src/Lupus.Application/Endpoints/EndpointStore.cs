using System.Text.Json;
using System.Text.Json.Serialization;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Trials.Endpoints;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Application.Endpoints;

/// <summary>
/// Derives every patient's endpoints and keeps the stored ones current: a row whose rule version or input
/// fingerprint differs from the data now is recomputed and saved; an up-to-date row is left alone.
/// </summary>
public sealed class EndpointStore(LupusDbContext db, IClock clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Number of stored rows written by the last <see cref="RefreshAsync"/>.</summary>
    public int Recomputed { get; private set; }

    public async Task<List<DerivedPatient>> RefreshAsync(string? siteCode, CancellationToken ct)
    {
        var patients = await PatientLoader.LoadAsync(db, siteCode, ct);
        var ids = patients.Select(p => p.Patient.Id).ToHashSet();
        var stored = (await db.PatientEndpoints.ToListAsync(ct)).Where(e => ids.Contains(e.PatientId)).ToDictionary(e => e.PatientId);
        var now = clock.GetCurrentInstant();
        var derived = new List<DerivedPatient>(patients.Count);
        Recomputed = 0;
        var courses = patients.Select(CourseMapper.ToCourse).ToList();
        var all = EndpointDeriver.DeriveAll(courses);
        for (var i = 0; i < patients.Count; i++)
        {
            var (data, course, endpoints) = (patients[i], courses[i], all[i]);
            derived.Add(new DerivedPatient(data, course, endpoints));
            var fingerprint = CourseMapper.Fingerprint(data);
            if (stored.TryGetValue(data.Patient.Id, out var row) && row.RuleVersion == endpoints.RuleVersion && row.InputFingerprint == fingerprint)
            {
                continue;
            }

            if (row is null)
            {
                row = new PatientEndpoint { Id = Guid.CreateVersion7(), PatientId = data.Patient.Id };
                db.PatientEndpoints.Add(row);
            }

            Fill(row, endpoints, fingerprint, now);
            Recomputed++;
        }

        await db.SaveChangesAsync(ct);
        return derived;
    }

    private static void Fill(PatientEndpoint row, PatientEndpoints endpoints, string fingerprint, Instant now)
    {
        row.RuleVersion = endpoints.RuleVersion;
        row.InputFingerprint = fingerprint;
        row.ComputedAt = now;
        row.Response12m = ResponseCode(endpoints.Response12m);
        row.NotEvaluableReason = endpoints.NotEvaluableReason;
        row.Died = endpoints.Died;
        row.SurvivalDays = endpoints.SurvivalDay;
        row.Relapsed = endpoints.Relapsed;
        row.RelapseDays = endpoints.RelapseDay;
        row.Detail = JsonSerializer.Serialize(endpoints, Json);
    }

    public static string ResponseCode(TrialResponse response) => response switch
    {
        TrialResponse.Mcr => "mcr",
        TrialResponse.Pcr => "pcr",
        TrialResponse.None => "none",
        _ => "not_evaluable",
    };
}
