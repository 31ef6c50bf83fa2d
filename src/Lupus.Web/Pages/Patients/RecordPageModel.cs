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
    : PageModel, IRecordForm
    where TKind : IRecordKind<TEntity, TInput, TView>
    where TEntity : PatientRecord, new()
    where TInput : IRecordInput, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>Reason typed into the delete confirmation form.</summary>
    [BindProperty]
    public string? DeleteReason { get; set; }

    /// <summary>Version of the record when the delete form was shown.</summary>
    [BindProperty]
    public int DeleteVersion { get; set; }

    public Patient Patient { get; private set; } = null!;

    public Guid? RecordId { get; private set; }

    public bool IsNew => RecordId is null;

    public abstract string What { get; }

    public int Version => Input.Version;

    public string? Reason => Input.Reason;

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

    /// <summary>Deletes the record after the confirmation form (reason required, audited); the form is shown again otherwise.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid patientId, string? id, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, id, ct) || RecordId is not { } recordId)
        {
            return NotFound();
        }

        // The edit fields are not part of this form: show the stored record again if the delete is refused.
        ModelState.Clear();
        RecordOutcome<TEntity> outcome;
        try
        {
            outcome = await records.DeleteAsync(patientId, recordId, DeleteReason, DeleteVersion, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(DeleteReason), "This record was changed by someone else after you opened it. Reload it before deleting.");
            return await OnGetAsync(patientId, id, ct);
        }

        if (outcome.IsNotFound)
        {
            return NotFound();
        }

        if (outcome.Errors is not null)
        {
            ModelState.AddModelError(nameof(DeleteReason), "Reason for deletion is required (it is kept in the audit trail).");
            return await OnGetAsync(patientId, id, ct);
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
