namespace Lupus.Persistence.Access;

/// <summary>A save tried to change clinical data the scope may not write (a monitor, a statistician, another site).</summary>
public sealed class ClinicalWriteDeniedException : Exception
{
    public ClinicalWriteDeniedException()
        : base("This account may not change clinical data here.")
    {
    }

    public ClinicalWriteDeniedException(string message)
        : base(message)
    {
    }

    public ClinicalWriteDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
