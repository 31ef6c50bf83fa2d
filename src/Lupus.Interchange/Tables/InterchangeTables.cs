namespace Lupus.Interchange.Tables;

/// <summary>The six long-format tables, in the order they are written and imported (patients first).</summary>
public static class InterchangeTables
{
    public static IReadOnlyList<IDatasetTable> All { get; } =
    [
        PatientsTable.Instance, VisitsTable.Instance, LabsTable.Instance, InfusionsTable.Instance,
        AdverseEventsTable.Instance, ImmunePanelsTable.Instance,
    ];

    /// <summary>The table a file name stands for (case-insensitive), or null.</summary>
    public static IDatasetTable? ForFile(string path) =>
        All.FirstOrDefault(t => string.Equals(t.FileName, Path.GetFileName(path), StringComparison.OrdinalIgnoreCase));
}
