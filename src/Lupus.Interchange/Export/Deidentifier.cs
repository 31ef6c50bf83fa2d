using System.Security.Cryptography;
using System.Text;
using Lupus.Interchange.Model;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using NodaTime;

namespace Lupus.Interchange.Export;

/// <summary>
/// HIPAA Safe Harbor de-identification of an exported data set: names, contacts, hospital numbers and free text
/// (concomitant treatments, product lot numbers) are dropped; study ids become HMAC-SHA256 pseudonyms under the
/// registry's secret; every date of a patient moves by the patient's stored offset (-180..+180 days); a patient
/// older than 89 at consent gets a birth date that makes the age at consent exactly 90.
/// </summary>
/// <remarks>The secret and the offsets are created on first use and stored, so pseudonyms and shifts are stable.</remarks>
public sealed class Deidentifier(LupusDbContext db)
{
    public const int MaxShiftDays = 180;
    public const int AgeCeiling = 90;

    public InterchangeDataset Apply(InterchangeDataset data, IReadOnlyDictionary<PatientKey, Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(ids);
        var secret = Secret();
        var shifts = Shifts(ids.Values);
        var pseudonyms = ids.Keys.ToDictionary(k => k, k => new PatientKey(k.SiteCode, Pseudonym(secret, k)));
        Period Shift(PatientKey key) => Period.FromDays(shifts[ids[key]]);

        var result = new InterchangeDataset();
        foreach (var p in data.Patients)
        {
            var shift = Shift(p.Key);
            var consent = p.ConsentDate + shift;
            var birth = Period.Between(p.BirthDate, p.ConsentDate, PeriodUnits.Years).Years >= AgeCeiling
                ? consent.PlusYears(-AgeCeiling)
                : p.BirthDate + shift;
            result.Patients.Add(p with
            {
                Key = pseudonyms[p.Key], BirthDate = birth, DiagnosisDate = p.DiagnosisDate + shift, ConsentDate = consent, Identity = null,
            });
        }

        result.Visits.AddRange(data.Visits.Select(v => v with
        {
            Patient = pseudonyms[v.Patient], VisitDate = v.VisitDate + Shift(v.Patient), ConcomitantTreatments = "",
        }));
        result.Labs.AddRange(data.Labs.Select(l => l with { Patient = pseudonyms[l.Patient], CollectionDate = l.CollectionDate + Shift(l.Patient) }));
        result.Infusions.AddRange(data.Infusions.Select(i => i with
        {
            Patient = pseudonyms[i.Patient], InfusionDate = i.InfusionDate + Shift(i.Patient), Lot = "",
        }));
        result.AdverseEvents.AddRange(data.AdverseEvents.Select(a => a with
        {
            Patient = pseudonyms[a.Patient],
            OnsetDate = a.OnsetDate + Shift(a.Patient),
            ResolutionDate = a.ResolutionDate is { } r ? r + Shift(a.Patient) : null,
        }));
        result.ImmunePanels.AddRange(data.ImmunePanels.Select(p => p with { Patient = pseudonyms[p.Patient], SampleDate = p.SampleDate + Shift(p.Patient) }));
        return result;
    }

    /// <summary>"P" and the first 16 hex digits of HMAC-SHA256(secret, "site/study id").</summary>
    public static string Pseudonym(byte[] secret, PatientKey key)
    {
        var mac = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(key.ToString()));
        return "P" + Convert.ToHexString(mac, 0, 8);
    }

    private byte[] Secret()
    {
        var stored = db.DeidentificationKeys.Find(1);
        if (stored is null)
        {
            stored = new DeidentificationKey { Id = 1, Secret = RandomNumberGenerator.GetBytes(32) };
            db.DeidentificationKeys.Add(stored);
            db.SaveChanges();
        }

        return stored.Secret;
    }

    private Dictionary<Guid, int> Shifts(IEnumerable<Guid> patientIds)
    {
        var wanted = patientIds.ToArray();
        var shifts = db.PatientDateShifts.Where(s => wanted.Contains(s.PatientId)).ToDictionary(s => s.PatientId, s => s.OffsetDays);
        var added = false;
        foreach (var id in wanted.Where(id => !shifts.ContainsKey(id)))
        {
            var offset = RandomNumberGenerator.GetInt32(-MaxShiftDays, MaxShiftDays + 1);
            db.PatientDateShifts.Add(new PatientDateShift { PatientId = id, OffsetDays = offset });
            shifts[id] = offset;
            added = true;
        }

        if (added)
        {
            db.SaveChanges();
        }

        return shifts;
    }
}
