namespace Lupus.Web.Records;

/// <summary>A stored record: its id, owner and current version, and its fields in the shape accepted for an update.</summary>
public sealed record RecordView<TInput>(Guid Id, Guid PatientId, int Version, TInput Data);
