using Lupus.Persistence.Entities;

namespace Lupus.Web.Pages.Patients;

/// <summary>What the shared parts of every record form (reason for change, save buttons, delete form) show.</summary>
public interface IRecordForm
{
    Patient Patient { get; }

    bool IsNew { get; }

    /// <summary>The kind of record in words, for example <c>lab result</c>.</summary>
    string What { get; }

    /// <summary>Version of the record when the form was shown.</summary>
    int Version { get; }

    string? Reason { get; }
}
