using System.Runtime.InteropServices;
using Lupus.Interchange.Model;
using Lupus.Persistence;
using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace Lupus.Interchange.Import;

/// <summary>
/// Upsert of one patient-record table on its natural key (patient + the table's own key): checks duplicates
/// within a file and ambiguous matches, then applies each row to its stored record or creates a new one.
/// </summary>
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
    private readonly Dictionary<(Guid Patient, TKey Key), TEntity> _stored = [];
    private readonly List<TRow> _rows = [];

    public IReadOnlyList<TEntity> Stored => [.. _stored.Values];

    public void Check(IReadOnlyList<TRow> rows, LupusDbContext db, PatientIndex patients, List<InterchangeError> errors)
    {
        _rows.AddRange(rows);
        DuplicateKeys.Check(rows, source, r => (patient(r), key(r)), k => $"{k.Item1} {describe(k.Item2)}", errors);
        var ids = patients.ExistingPatients.Select(p => p.Id).ToArray();
        if (ids.Length == 0 || rows.Count == 0)
        {
            return;
        }

        var ambiguous = new HashSet<(Guid, TKey)>();
        foreach (var entity in db.Set<TEntity>().IgnoreQueryFilters().Where(e => ids.Contains(e.PatientId)))
        {
            if (!_stored.TryAdd((entity.PatientId, entityKey(entity)), entity))
            {
                ambiguous.Add((entity.PatientId, entityKey(entity)));
            }
        }

        if (ambiguous.Count == 0)
        {
            return;
        }

        foreach (var row in rows)
        {
            if (patients.Existing(patient(row)) is { } p && ambiguous.Contains((p.Id, key(row))))
            {
                errors.Add(new InterchangeError(source(row), $"{describe(key(row))} matches more than one stored record of {patient(row)}; correct them in the registry first"));
            }
        }
    }

    /// <summary>Applies every row, lazily; yields the new records (not in the context), in row order.</summary>
    /// <remarks>Stored records changed here are saved (and audited) by the caller once the enumeration is complete.</remarks>
    public IEnumerable<TEntity> Apply(PatientIndex patients, RecordIds ids)
    {
        _stored.EnsureCapacity(_stored.Count + _rows.Count);
        foreach (var row in _rows)
        {
            var owner = patients.Existing(patient(row))!;
            var entity = Upsert(owner.Id, row, ids);
            if (entity is not null)
            {
                yield return entity;
            }
        }
    }

    /// <summary>Applies the row to its stored record, or returns a new one.</summary>
    private TEntity? Upsert(Guid owner, TRow row, RecordIds ids)
    {
        ref var entity = ref CollectionsMarshal.GetValueRefOrAddDefault(_stored, (owner, key(row)), out var stored);
        if (stored)
        {
            apply(row, entity!);
            return null;
        }

        entity = new TEntity { Id = ids.Next(), PatientId = owner };
        apply(row, entity);
        return entity;
    }

    /// <summary>The files the rows came from, each with its reason for change.</summary>
    public IEnumerable<string> Files => _rows.Select(r => source(r).File).Distinct(StringComparer.Ordinal);
}
