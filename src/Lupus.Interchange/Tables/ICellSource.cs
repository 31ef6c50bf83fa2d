namespace Lupus.Interchange.Tables;

/// <summary>The cells of one input row by LupusTrials column name, whatever the source format calls them.</summary>
public interface ICellSource
{
    /// <summary>The cell's text and the source's own name for it (CSV column, REDCap field), or false when absent.</summary>
    bool TryGet(string column, out string text, out string field);
}
