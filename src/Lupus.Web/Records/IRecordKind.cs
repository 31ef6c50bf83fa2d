using Lupus.Persistence;
using Lupus.Persistence.Entities;

namespace Lupus.Web.Records;

/// <summary>
/// One kind of patient record (visits, labs, infusions, adverse events, immune panels): its API segment, its input
/// and view shapes, its validation and its mapping. The API and the pages drive every kind through
/// <see cref="RecordService{TKind, TEntity, TInput, TView}"/>.
/// </summary>
public interface IRecordKind<TEntity, TInput, TView>
    where TEntity : PatientRecord, new()
    where TInput : IRecordInput
{
    /// <summary>URL segment under <c>/api/patients/{id}/</c>, for example <c>visits</c>.</summary>
    static abstract string Segment { get; }

    /// <summary>Singular name used in endpoint names and messages, for example <c>Visit</c>.</summary>
    static abstract string Name { get; }

    /// <summary>The context's set of this kind, newest first.</summary>
    static abstract IQueryable<TEntity> Query(LupusDbContext db);

    static abstract TView ToView(TEntity entity);

    static abstract TInput ToInput(TEntity entity);

    static abstract void Validate(TInput input, RecordContext context, FieldErrors errors);

    /// <summary>Copies the input onto the entity (and computes derived values).</summary>
    static abstract Task ApplyAsync(TInput input, TEntity entity, RecordContext context, CancellationToken cancellationToken);
}
