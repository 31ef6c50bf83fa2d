using CsvHelper;

namespace Lupus.Reports.Input;

/// <summary>How every CSV input is opened: header row, malformed content and ragged rows are errors, lines tracked for messages.</summary>
public static class CsvInput
{
    /// <summary>Opens <paramref name="path"/>, or fails with a located "file not found".</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="raggedRowsChecked">True when the caller checks each row's field count itself (to name the line).</param>
    public static CsvReader Open(string path, bool raggedRowsChecked = false)
    {
        if (!File.Exists(path))
        {
            throw InputFileException.At(path, null, null, "file not found");
        }

        return CsvReader.FromFile(path, new CsvReaderOptions
        {
            HasHeader = true,
            FieldCountMismatch = raggedRowsChecked ? CsvFieldCountHandling.Allow : CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
            TrackLineNumbers = true,
        });
    }
}
