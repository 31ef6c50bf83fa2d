using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Lupus.Web.Records;

/// <summary>Creates, reads, updates and deletes one kind of patient record; site filters make other sites' records absent.</summary>
public sealed class RecordService<TKind, TEntity, TInput, TView>(LupusDbContext db, IClock clock)
    where TKind : IRecordKind<TEntity, TInput, TView>
    where TEntity : PatientRecord, new()
    where TInput : IRecordInput
{
    public async Task<IReadOnlyList<TView>?> ListAsync(Guid patientId, CancellationToken ct)
    {
        if (!await db.Patients.AnyAsync(p => p.Id == patientId, ct))
        {
            return null;
        }

        var rows = await TKind.Query(db).Where(r => r.PatientId == patientId).ToListAsync(ct);
        return rows.Select(TKind.ToView).ToList();
    }

    public Task<TEntity?> FindAsync(Guid patientId, Guid id, CancellationToken ct) =>
        TKind.Query(db).FirstOrDefaultAsync(r => r.PatientId == patientId && r.Id == id, ct);

    public async Task<RecordOutcome<TEntity>> CreateAsync(Guid patientId, TInput input, CancellationToken ct)
    {
        var patient = await db.Patients.FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null)
        {
            return new RecordOutcome<TEntity>(null, null);
        }

        var entity = new TEntity { PatientId = patientId };
        return await SaveAsync(patient, entity, input, isNew: true, ct);
    }

    public async Task<RecordOutcome<TEntity>> UpdateAsync(Guid patientId, Guid id, TInput input, CancellationToken ct)
    {
        var entity = await FindAsync(patientId, id, ct);
        var patient = entity is null ? null : await db.Patients.FirstAsync(p => p.Id == patientId, ct);
        return entity is null ? new RecordOutcome<TEntity>(null, null) : await SaveAsync(patient!, entity, input, isNew: false, ct);
    }

    /// <summary>
    /// Deletes a record with a reason for change (kept, with every field's last value, in the audit trail). A
    /// <paramref name="version"/>, when given, must still be current (optimistic concurrency).
    /// </summary>
    public async Task<RecordOutcome<TEntity>> DeleteAsync(Guid patientId, Guid id, string? reason, int? version, CancellationToken ct)
    {
        var entity = await FindAsync(patientId, id, ct);
        if (entity is null)
        {
            return new RecordOutcome<TEntity>(null, null);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            var errors = new FieldErrors();
            errors.Add(nameof(IRecordInput.Reason), "is required when deleting recorded data");
            return new RecordOutcome<TEntity>(null, errors);
        }

        if (version is { } read)
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = read;
        }

        db.Remove(entity);
        db.ChangeReason = reason;
        await db.SaveChangesAsync(ct);
        return new RecordOutcome<TEntity>(entity, null);
    }

    private async Task<RecordOutcome<TEntity>> SaveAsync(Patient patient, TEntity entity, TInput input, bool isNew, CancellationToken ct)
    {
        var context = new RecordContext(patient, clock.GetCurrentInstant().InUtc().Date, db);
        var errors = new FieldErrors();
        TKind.Validate(input, context, errors);
        if (!isNew && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(nameof(IRecordInput.Reason), "is required when changing recorded data");
        }

        if (errors.Any)
        {
            return new RecordOutcome<TEntity>(null, errors);
        }

        await TKind.ApplyAsync(input, entity, context, ct);
        if (isNew)
        {
            db.Add(entity);
        }
        else
        {
            // The version the client read is what the save checks against (optimistic concurrency).
            db.Entry(entity).Property(e => e.Version).OriginalValue = input.Version;
        }

        db.ChangeReason = input.Reason;
        await db.SaveChangesAsync(ct);
        return new RecordOutcome<TEntity>(entity, null);
    }
}
