using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Lupus.Web.Records;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Pages.Patients;

/// <summary>
/// The create/edit form of one kind of patient record (route <c>.../{id}</c> with <c>New</c> or the record id).
/// Validation is the API's, with each message shown on its field; nothing is saved while any field is wrong.
/// </summary>
public abstract class RecordPageModel<TKind, TEntity, TInput, TView>(RecordService<TKind, TEntity, TInput, TView> records, LupusDbContext db, IClock clock)
    : PageModel
    where TKind : IRecordKind<TEntity, TInput, TView>
    where TEntity : PatientRecord, new()
    where TInput : IRecordInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public Patient Patient { get; private set; } = null!;

    public Guid? RecordId { get; private set; }

    public bool IsNew => RecordId is null;

    protected LocalDate Today => clock.GetCurrentInstant().InUtc().Date;

    public async Task<IActionResult> OnGetAsync(Guid patientId, string? id, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, id, ct))
        {
            return NotFound();
        }

        if (RecordId is { } recordId)
        {
            var entity = await records.FindAsync(patientId, recordId, ct);
            if (entity is null)
            {
                return NotFound();
            }

            Input = TKind.ToInput(entity);
        }
        else
        {
            Input = NewInput();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid patientId, string? id, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await this.TrySaveAsync(typeof(TInput), () => RecordId is { } recordId
            ? records.UpdateAsync(patientId, recordId, Input, ct)
            : records.CreateAsync(patientId, Input, ct));
        if (outcome is null)
        {
            return Page();
        }

        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        return Redirect($"/Patients/{patientId}");
    }

    /// <summary>Defaults of a new record (dates default to today).</summary>
    protected abstract TInput NewInput();

    private async Task<bool> LoadAsync(Guid patientId, string? id, CancellationToken ct)
    {
        var patient = await db.Patients.AsNoTracking().FirstOrDefaultAsync(p => p.Id == patientId, ct);
        var isNew = string.Equals(id, "New", StringComparison.OrdinalIgnoreCase);
        if (patient is null || (!isNew && !Guid.TryParse(id, out _)))
        {
            return false;
        }

        Patient = patient;
        RecordId = isNew ? null : Guid.Parse(id!);
        return true;
    }
}
