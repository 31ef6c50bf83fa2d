namespace Lupus.Interchange.Model;

/// <summary>One broken rule in an input, located; readers collect all of them before anything is written.</summary>
public sealed record InterchangeError(SourceLocation Location, string Rule)
{
    public override string ToString() => $"{Location}: {Rule}";
}
