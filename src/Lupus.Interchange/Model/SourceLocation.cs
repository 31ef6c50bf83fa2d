namespace Lupus.Interchange.Model;

/// <summary>Where a value came from, so that every error names the file, the record and the field.</summary>
/// <param name="File">The input file as the user named it.</param>
/// <param name="Record">CSV row number (1 = header), or a path such as <c>entry[3]</c> in a FHIR bundle.</param>
/// <param name="Field">Column name or element path; empty when the whole record is meant.</param>
public sealed record SourceLocation(string File, string Record, string Field = "")
{
    public SourceLocation WithField(string field) => this with { Field = field };

    public override string ToString() => Field.Length == 0 ? $"{File}:{Record}" : $"{File}:{Record}:{Field}";
}
