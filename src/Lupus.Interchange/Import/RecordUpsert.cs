using System.Runtime.InteropServices;
using Lupus.Interchange.Model;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Interchange.Import;

/// <summary>
/// Upsert of one patient-record table on its natural key (patient + the table's own key), a part of the import at a
/// time: finds keys repeated within a file and stored records that match ambiguously, applies each row to its stored
/// record (tracked, saved by the caller) or makes a new record for the bulk insert.
/// </summary>
/// <remarks>
/// Between parts only each key's slot is kept (which stored record it matches, and the file and row that last gave
/// it), in one small table per patient, not the rows or the new records: an import's memory grows by a few dozen
/// bytes per row. A key met again in a later file updates what the earlier file gave: a stored record at once, a
/// record this import created through <see cref="ApplyToCreated"/> once everything is inserted.
/// </remarks>
internal sealed class RecordUpsert<TRow, TEntity, TKey>(
    Func<TRow, SourceLocation> source,
    Func<TRow, PatientKey> patient,
    Func<TRow, TKey> key,
    Func<TEntity, TKey> entityKey,
    Action<TRow, TEntity> apply,
    Func<TKey, string> describe)
    where TRow : class
    where TEntity : PatientRecord, new()
    where TKey : notnull
{
    private const int NoFile = -1;

    private readonly Dictionary<Guid, Dictionary<TKey, Slot>> _slots = [];
    private readonly HashSet<Guid> _loaded = [];
    private readonly List<TEntity> _stored = [];
    private readonly List<(Guid Patient, TRow Row)> _createdAgain = [];
    private readonly Dictionary<string, int> _files = new(StringComparer.Ordinal);
    private readonly List<string> _recordTexts = [];
    private (Guid Patient, Dictionary<TKey, Slot> Slots)? _last;

    /// <summary>The files the applied rows came from, in the order first met.</summary>
    public IEnumerable<string> Files => _files.OrderBy(f => f.Value).Select(f => f.Key);

    /// <summary>The stored records loaded so far (tracked by the context).</summary>
    public IReadOnlyList<TEntity> Stored => _stored;

    /// <summary>Loads the stored records of patients not loaded yet (one query), keyed for the upsert.</summary>
    public void Load(IEnumerable<Guid> patients, LupusDbContext db, Action? beforeQuery = null)
    {
        var ids = patients.Where(_loaded.Add).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        beforeQuery?.Invoke();
        foreach (var entity in db.Set<TEntity>().IgnoreQueryFilters().Where(e => ids.Contains(e.PatientId)))
        {
            _stored.Add(entity);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(SlotsOf(entity.PatientId), entityKey(entity), out var seen);
            slot = seen ? slot with { Ambiguous = true } : new Slot(entity, NoFile, 0, Ambiguous: false);
        }
    }

    /// <summary>
    /// Checks and applies one part's rows; rows whose patient failed its check are skipped (their error is reported).
    /// </summary>
    /// <param name="rows">The part's rows of this table.</param>
    /// <param name="db">Where stored records are read.</param>
    /// <param name="patients">The checked patients.</param>
    /// <param name="ids">Ids of new records.</param>
    /// <param name="errors">Where errors are added.</param>
    /// <param name="beforeQuery">Called, when given, before the database is queried for stored records.</param>
    /// <returns>The new records, in row order, not yet in the context.</returns>
    public CreatedRecords<TEntity> Apply(IReadOnlyList<TRow> rows, LupusDbContext db, PatientIndex patients, RecordIds ids, List<InterchangeError> errors,
        Action? beforeQuery = null)
    {
        Load(StoredOwners(rows, patients), db, beforeQuery);
        var created = new CreatedRecords<TEntity>(rows.Count);
        var (file, fileIndex) = ((string?)null, NoFile);
        foreach (var row in rows)
        {
            if (patients.Existing(patient(row)) is not { } owner)
            {
                continue;
            }

            var at = source(row);
            if (!ReferenceEquals(at.File, file))
            {
                (file, fileIndex) = (at.File, FileIndex(at.File));
            }

            var rowKey = key(row);
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(SlotsOf(owner.Id), rowKey, out var seen);
            if (!seen)
            {
                var entity = new TEntity { Id = ids.Next(), PatientId = owner.Id };
                apply(row, entity);
                created.Add(entity, at.File);
                slot = new Slot(null, fileIndex, RecordOf(at), Ambiguous: false);
                continue;
            }

            if (slot.File == fileIndex)
            {
                errors.Add(new InterchangeError(at, $"duplicate key {patient(row)} {describe(rowKey)}: already on row {RecordText(slot.Record)}"));
                continue;
            }

            if (slot.Ambiguous)
            {
                errors.Add(new InterchangeError(at, $"{describe(rowKey)} matches more than one stored record of {patient(row)}; correct them in the registry first"));
                continue;
            }

            if (slot.Stored is { } stored)
            {
                apply(row, stored);
            }
            else
            {
                _createdAgain.Add((owner.Id, row));
            }

            slot = slot with { File = fileIndex, Record = RecordOf(at) };
        }

        return created;
    }

    /// <summary>
    /// Applies the rows that met a record this import created from an earlier file, once every new record is
    /// inserted: the patients' records are read back (tracked) so that the change is saved and audited like any update.
    /// </summary>
    public void ApplyToCreated(LupusDbContext db)
    {
        if (_createdAgain.Count == 0)
        {
            return;
        }

        var owners = _createdAgain.Select(c => c.Patient).Distinct().ToArray();
        var records = new Dictionary<(Guid, TKey), TEntity>();
        foreach (var entity in db.Set<TEntity>().IgnoreQueryFilters().Where(e => owners.Contains(e.PatientId)))
        {
            records.TryAdd((entity.PatientId, entityKey(entity)), entity);
        }

        foreach (var (owner, row) in _createdAgain)
        {
            apply(row, records[(owner, key(row))]);
        }
    }

    /// <summary>The stored patients of the rows whose records are not loaded yet.</summary>
    private IEnumerable<Guid> StoredOwners(IReadOnlyList<TRow> rows, PatientIndex patients)
    {
        var previous = Guid.Empty;
        foreach (var row in rows)
        {
            if (patients.Existing(patient(row)) is { } owner && owner.Id != previous)
            {
                previous = owner.Id;
                if (patients.IsStored(owner) && !_loaded.Contains(owner.Id))
                {
                    yield return owner.Id;
                }
            }
        }
    }

    private Dictionary<TKey, Slot> SlotsOf(Guid owner)
    {
        // Rows come grouped by patient: most lookups repeat the previous one.
        if (_last is { } last && last.Patient == owner)
        {
            return last.Slots;
        }

        ref var slots = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, owner, out var known);
        if (!known)
        {
            slots = [];
        }

        _last = (owner, slots!);
        return slots!;
    }

    private int FileIndex(string file)
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_files, file, out var known);
        if (!known)
        {
            index = _files.Count - 1;
        }

        return index;
    }

    /// <summary>A row number as itself (CSV and REDCap rows); any other record text (a FHIR entry) by its place in a list, negated.</summary>
    private int RecordOf(SourceLocation at)
    {
        if (IsRowNumber(at.Record)
            && int.TryParse(at.Record, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        _recordTexts.Add(at.Record);
        return -_recordTexts.Count;
    }

    /// <summary>Digits without a leading zero: the text a row number is written as, and reads back to.</summary>
    private static bool IsRowNumber(string record) =>
        record.Length is > 0 and < 10 && (record[0] != '0' || record.Length == 1) && record.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    private string RecordText(int record) =>
        record >= 0 ? record.ToString(System.Globalization.CultureInfo.InvariantCulture) : _recordTexts[-record - 1];

    /// <summary>
    /// What is known of one key: the stored record it matches (none when this import created it), the file and
    /// record that last gave it (<see cref="RecordOf"/>), and whether two stored records share it.
    /// </summary>
    private readonly record struct Slot(TEntity? Stored, int File, int Record, bool Ambiguous);
}
