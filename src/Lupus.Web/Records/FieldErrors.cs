using System.Globalization;
using NodaTime;

namespace Lupus.Web.Records;

/// <summary>Validation messages by input field (PascalCase property name), shared by pages and the API.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IEnumerable<KeyValuePair<string, List<string>>> All => _errors;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>A clinical date: not in the future and, for patient records, not before birth.</summary>
    public void Date(string field, LocalDate date, LocalDate today, LocalDate? birth = null)
    {
        if (date > today)
        {
            Add(field, "must not be in the future");
        }
        else if (birth is { } b && date < b)
        {
            Add(field, $"must not be before the patient's birth date ({b.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})");
        }
    }

    /// <summary>An optional value within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public void Range(string field, decimal? value, decimal min, decimal max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(field, min == 0 && max >= 1_000_000
                ? "must not be negative"
                : string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}"));
        }
    }

    /// <summary>An optional value that must be strictly positive (a concentration, a dose).</summary>
    public void Positive(string field, decimal? value)
    {
        if (value is <= 0)
        {
            Add(field, "must be greater than 0");
        }
    }

    /// <summary>As <c>{ "camelCaseField": ["message"] }</c>, the shape of a validation ProblemDetails.</summary>
    public Dictionary<string, string[]> ToProblemErrors() =>
        _errors.ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value.ToArray(), StringComparer.Ordinal);
}
