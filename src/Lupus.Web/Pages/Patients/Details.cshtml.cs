using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

/// <summary>One patient: baseline, derived scores, the course plot and every record. Other sites' patients are 404.</summary>
public sealed class DetailsModel(PatientService patients, PatientCourseCache courses, LupusDbContext db, IClock clock) : PageModel
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
        var course = await courses.GetAsync(db, id, ct);
        (Visits, Infusions, AdverseEvents, Labs, Panels, Timeline) =
            (course.Visits, course.Infusions, course.AdverseEvents, course.Labs, course.Panels, course.Timeline);
        return Page();
    }
}
