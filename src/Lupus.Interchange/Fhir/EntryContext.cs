using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>The bundle entry being read: locates its errors as <c>file:entry[i]:element.path</c>.</summary>
internal sealed class EntryContext(string file, int index, List<InterchangeError> errors)
{
    public SourceLocation Location { get; } = new(file, $"entry[{index}]");

    /// <summary>Records a broken rule and returns false, so that checks read as <c>ok &amp;= ...</c>.</summary>
    public bool Fail(string field, string rule)
    {
        errors.Add(new InterchangeError(Location.WithField(field), rule));
        return false;
    }
}
