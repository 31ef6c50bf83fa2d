namespace Lupus.Interchange.Import;

/// <summary>Counts rows inserted, updated and left as they were.</summary>
internal sealed class ImportCounter
{
    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }
}
