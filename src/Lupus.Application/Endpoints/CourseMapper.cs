using System.Security.Cryptography;
using System.Text;
using Lupus.Persistence.Clinical;
using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Sledai;
using Lupus.Trials.Endpoints;
using NodaTime;

namespace Lupus.Application.Endpoints;

/// <summary>Turns registry records into the course the endpoint derivation reads, and fingerprints those inputs.</summary>
/// <remarks>
/// SLEDAI-2K items are scored again from the visit's ticks and raw values (the stored total is kept for the total);
/// BILAG comes from the visit's 9 grades. Background treatment is "unchanged" when the recorded treatment text is the
/// same as at the previous visit.
/// </remarks>
public static class CourseMapper
{
    public static PatientCourse ToCourse(PatientData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var origin = data.Origin ?? data.Patient.ConsentDate;
        var visits = new CourseVisit[data.Visits.Count];
        for (var i = 0; i < visits.Length; i++)
        {
            var v = data.Visits[i];
            visits[i] = new CourseVisit
            {
                Day = Days(origin, v.VisitDate),
                Sledai2k = v.Sledai2k,
                SledaiItems = Items(v),
                Bilag = v.BilagGrades is { } g ? BilagGrades.Parse(g) : null,
                Pga = v.Pga,
                PrednisoneMgPerDay = v.PrednisoneMgPerDay,
                ProteinuriaGPer24h = v.ProteinuriaGPer24h,
                EgfrMlMin173m2 = v.EgfrMlMin173m2,
                TreatmentUnchanged = i == 0 ? null : string.Equals(v.ConcomitantTreatments, data.Visits[i - 1].ConcomitantTreatments, StringComparison.Ordinal),
            };
        }

        var p = data.Patient;
        var lastVisit = data.Visits.Count == 0 ? origin : data.Visits[^1].VisitDate;
        var lastContact = p.LastContactDate is { } c && c > lastVisit ? c : lastVisit;
        return new PatientCourse(
            p.Id,
            p.Cohort,
            data.Origin is not null,
            visits,
            p.DeathDate is { } d ? Days(origin, d) : null,
            Days(origin, p.DeathDate ?? lastContact));
    }

    /// <summary>Hash of every record version the derivation reads: any insert, update or delete changes it.</summary>
    public static string Fingerprint(PatientData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder();
        var p = data.Patient;
        text.Append(p.Id).Append(':').Append(p.Version).Append(':').Append(p.Cohort).Append(':').Append(p.DeathDate).Append(':').Append(p.LastContactDate);
        foreach (var v in data.Visits)
        {
            text.Append('|').Append(v.Id).Append(':').Append(v.Version);
        }

        foreach (var i in data.Infusions)
        {
            text.Append('|').Append(i.Id).Append(':').Append(i.Version).Append(':').Append(i.InfusionDate);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static int Days(LocalDate origin, LocalDate date) => Period.DaysBetween(origin, date);

    private static SledaiDescriptor[]? Items(Persistence.Entities.Visit visit) =>
        VisitScorer.ScoreSledai(visit) is SledaiResult { TotalScore: not null } r
            ? [.. r.ItemsPresent.Select(k => SledaiDescriptors.TryParse(k, out var d) ? d : throw new InvalidOperationException($"Unknown SLEDAI-2K item {k}."))]
            : null;
}
