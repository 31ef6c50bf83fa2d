namespace Lupus.Interchange.Import;

/// <summary>Another import held the database, or the registry changed under this one: nothing was written.</summary>
public sealed class ImportConflictException : Exception
{
    public const string AnotherImport = "another import is writing to this database; nothing was written";

    public ImportConflictException()
        : base(AnotherImport)
    {
    }

    public ImportConflictException(string message)
        : base(message)
    {
    }

    public ImportConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
