namespace Lupus.Domain.Instruments.Activity;

/// <summary>Collects the names of inputs a calculation needed but did not get, in the order they were checked.</summary>
internal sealed class MissingInputs
{
    private readonly List<string> _names = [];

    /// <summary>Names of the missing inputs.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>True when at least one needed input is missing.</summary>
    public bool Any => _names.Count > 0;

    /// <summary>Returns <paramref name="value"/>, recording <paramref name="field"/> when it is missing.</summary>
    public T? Need<T>(T? value, string field)
        where T : struct
    {
        if (value is null)
        {
            _names.Add(field);
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/>, recording <paramref name="field"/> when it is missing.</summary>
    public T? NeedObject<T>(T? value, string field)
        where T : class
    {
        if (value is null)
        {
            _names.Add(field);
        }

        return value;
    }

    /// <summary>Records a missing input by name.</summary>
    public void Add(string field) => _names.Add(field);
}
