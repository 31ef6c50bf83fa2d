using Lupus.Persistence.Entities;

namespace Lupus.Interchange.Import;

/// <summary>The new records one part of an import makes for one table, in row order, with the file each run of them came from.</summary>
internal sealed class CreatedRecords<T>(int capacity)
    where T : PatientRecord
{
    private readonly List<(int Start, string File)> _files = [];

    public List<T> Records { get; } = new(capacity);

    public void Add(T record, string file)
    {
        if (_files.Count == 0 || !ReferenceEquals(_files[^1].File, file))
        {
            _files.Add((Records.Count, file));
        }

        Records.Add(record);
    }

    /// <summary>The runs of <see cref="Records"/> that came from one file each, in order.</summary>
    public IEnumerable<(string File, int Start, int Count)> Runs()
    {
        for (var i = 0; i < _files.Count; i++)
        {
            var end = i + 1 < _files.Count ? _files[i + 1].Start : Records.Count;
            yield return (_files[i].File, _files[i].Start, end - _files[i].Start);
        }
    }
}
