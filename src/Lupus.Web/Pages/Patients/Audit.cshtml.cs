using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Api;
using Lupus.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Web.Pages.Patients;

/// <summary>Read-only audit trail of one patient (administrators and monitors).</summary>
[Authorize(Policy = Policies.AuditReader)]
public sealed class AuditModel(LupusDbContext db) : PageModel
{
    public Patient Patient { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (patient is null)
        {
            return NotFound();
        }

        Patient = patient;
        Entries = (await AuditQueries.ForPatientAsync(db, id, ct)).Reverse().ToList();
        return Page();
    }
}
