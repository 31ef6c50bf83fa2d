namespace Lupus.Interchange.Import;

/// <summary>Receives the importer's progress: the stage and how many of its items are done.</summary>
public interface IImportProgress
{
    void Report(string stage, long done, long total);
}
