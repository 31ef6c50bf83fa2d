using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

/// <summary>One patient: baseline, derived scores, the course plot and every record. Other sites' patients are 404.</summary>
public sealed class DetailsModel(PatientService patients, LupusDbContext db, IClock clock) : PageModel
{
    public Patient Patient { get; private set; } = null!;

    public IReadOnlyList<Visit> Visits { get; private set; } = [];

    public IReadOnlyList<MscInfusion> Infusions { get; private set; } = [];

    public IReadOnlyList<AdverseEvent> AdverseEvents { get; private set; } = [];

    public IReadOnlyList<LabResult> Labs { get; private set; } = [];

    public IReadOnlyList<ImmunePanel> Panels { get; private set; } = [];

    public string Timeline { get; private set; } = "";

    public int Age { get; private set; }

    public bool CanWrite => db.Scope.CanWriteClinical;

    public bool CanReadAudit => db.Scope.Role is UserRole.Administrator or UserRole.Monitor;

    public Visit? Baseline => Visits.Count > 0 ? Visits[0] : null;

    public Visit? Latest => Visits.Count > 0 ? Visits[^1] : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var patient = await patients.FindAsync(id, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Patient = patient;
        Age = Period.Between(patient.BirthDate, clock.GetCurrentInstant().InUtc().Date, PeriodUnits.Years).Years;
        Visits = await db.Visits.AsNoTracking().Where(v => v.PatientId == id).OrderBy(v => v.VisitDate).ToListAsync(ct);
        Infusions = await db.MscInfusions.AsNoTracking().Where(r => r.PatientId == id).OrderBy(r => r.InfusionDate).ToListAsync(ct);
        AdverseEvents = await db.AdverseEvents.AsNoTracking().Where(r => r.PatientId == id).OrderByDescending(r => r.OnsetDate).ToListAsync(ct);
        Labs = await db.LabResults.AsNoTracking().Where(r => r.PatientId == id).OrderByDescending(r => r.CollectionDate).ToListAsync(ct);
        Panels = await db.ImmunePanels.AsNoTracking().Where(r => r.PatientId == id).OrderByDescending(r => r.SampleDate).ToListAsync(ct);
        Timeline = TimelineSvg.Render(Visits, Infusions.Select(i => i.InfusionDate).ToList());
        return Page();
    }
}
