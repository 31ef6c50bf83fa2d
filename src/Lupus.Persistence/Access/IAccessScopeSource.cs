namespace Lupus.Persistence.Access;

/// <summary>Supplies the current <see cref="AccessScope"/> each time a query or save needs it.</summary>
/// <remarks>
/// Read lazily because a request's context can be created before the user is known (Identity's cookie
/// validation resolves the stores while authentication is still running).
/// </remarks>
public interface IAccessScopeSource
{
    AccessScope Current { get; }
}
