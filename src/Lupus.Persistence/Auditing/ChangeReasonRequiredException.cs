namespace Lupus.Persistence.Auditing;

/// <summary>An update or delete of clinical data was saved without a reason for change.</summary>
public sealed class ChangeReasonRequiredException : Exception
{
    public ChangeReasonRequiredException()
        : base("A reason for change is required when editing or deleting recorded data.")
    {
    }

    public ChangeReasonRequiredException(string message)
        : base(message)
    {
    }

    public ChangeReasonRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
