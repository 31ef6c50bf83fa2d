namespace Lupus.Web.Records;

/// <summary>What every create or update of a clinical record carries besides its fields.</summary>
public interface IRecordInput
{
    /// <summary>The version the client read (updates only); a stale version is refused with 409.</summary>
    int Version { get; }

    /// <summary>Reason for change, required for updates.</summary>
    string? Reason { get; }
}
