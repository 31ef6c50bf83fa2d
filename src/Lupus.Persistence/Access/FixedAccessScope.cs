namespace Lupus.Persistence.Access;

/// <summary>A scope that never changes (start-up work, tests, tools).</summary>
public sealed class FixedAccessScope(AccessScope scope) : IAccessScopeSource
{
    public AccessScope Current { get; } = scope;
}
