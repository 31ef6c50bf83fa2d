using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Patients;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

/// <summary>Registers a patient or changes one (with a reason); identifying details are stored apart.</summary>
[Authorize(Policy = Policies.Writer)]
public sealed class EditModel(PatientService patients, LupusDbContext db, IClock clock) : PageModel
{
    [BindProperty]
    public PatientInput Input { get; set; } = new();

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public Guid? PatientId { get; private set; }

    public bool IsNew => PatientId is null;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        await LoadSitesAsync(ct);
        if (id is { } patientId)
        {
            var patient = await patients.FindAsync(patientId, ct);
            if (patient is null)
            {
                return NotFound();
            }

            (PatientId, Input) = (patientId, PatientMapping.ToInput(patient));
        }
        else
        {
            var today = clock.GetCurrentInstant().InUtc().Date.ToDateOnly();
            Input = new PatientInput { ConsentDate = today, SiteId = Sites.Count > 0 ? Sites[0].Id : Guid.Empty, NephritisClass = NephritisClass.None };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        await LoadSitesAsync(ct);
        PatientId = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await this.TrySaveAsync(typeof(PatientInput), () => id is { } patientId
            ? patients.UpdateAsync(patientId, Input, ct)
            : patients.CreateAsync(Input, ct));
        if (outcome is null)
        {
            return Page();
        }

        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        return Redirect($"/Patients/{outcome.Saved!.Id}");
    }

    private async Task LoadSitesAsync(CancellationToken ct) =>
        Sites = await db.Sites.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct);
}
