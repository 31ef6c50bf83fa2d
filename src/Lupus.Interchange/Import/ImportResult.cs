using Lupus.Interchange.Model;

namespace Lupus.Interchange.Import;

/// <summary>What an import did: nothing when <see cref="Errors"/> is not empty, otherwise the rows it touched.</summary>
public sealed record ImportResult(IReadOnlyList<InterchangeError> Errors, int Inserted, int Updated, int Unchanged)
{
    public bool Succeeded => Errors.Count == 0;

    public static ImportResult Failed(IReadOnlyList<InterchangeError> errors) => new(errors, 0, 0, 0);
}
