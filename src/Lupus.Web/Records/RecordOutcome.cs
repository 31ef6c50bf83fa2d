namespace Lupus.Web.Records;

/// <summary>Result of a create or update: saved, invalid (with messages), or no such (visible) record.</summary>
public sealed record RecordOutcome<TEntity>(TEntity? Saved, FieldErrors? Errors)
    where TEntity : class
{
    public bool IsNotFound => Saved is null && Errors is null;
}
