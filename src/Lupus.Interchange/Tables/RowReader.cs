using System.Globalization;
using Lupus.Interchange.Model;
using NodaTime;
using NodaTime.Text;

namespace Lupus.Interchange.Tables;

/// <summary>
/// Typed, located reading of one row's cells. A bad cell adds an error and yields null, so a row reports every
/// broken rule at once; the caller builds the row only when <see cref="Ok"/> is still true.
/// </summary>
public sealed class RowReader(ICellSource cells, SourceLocation row, List<InterchangeError> errors)
{
    private readonly int _errorsBefore = errors.Count;

    public SourceLocation Row => row;

    /// <summary>No cell of this row has failed so far.</summary>
    public bool Ok => errors.Count == _errorsBefore;

    public void Fail(string column, string rule) => errors.Add(new InterchangeError(row.WithField(FieldName(column)), rule));

    public string? Text(string column) => Required(column, out var text) ? text : null;

    public string OptionalText(string column) => cells.TryGet(column, out var text, out _) ? text.Trim() : "";

    public LocalDate? Date(string column) => Required(column, out var text) ? ParseDate(column, text) : null;

    public LocalDate? OptionalDate(string column) => Optional(column, out var text) ? ParseDate(column, text) : null;

    public decimal? Number(string column, decimal min, decimal max) =>
        Required(column, out var text) ? ParseDecimal(column, text, min, max) : null;

    public decimal? OptionalNumber(string column, decimal min, decimal max) =>
        Optional(column, out var text) ? ParseDecimal(column, text, min, max) : null;

    public int? WholeNumber(string column, int min, int max) => Required(column, out var text) ? ParseInt(column, text, min, max) : null;

    public int? OptionalWholeNumber(string column, int min, int max) => Optional(column, out var text) ? ParseInt(column, text, min, max) : null;

    public bool? Bool(string column) => Required(column, out var text) ? ParseBool(column, text) : null;

    public bool? OptionalBool(string column) => Optional(column, out var text) ? ParseBool(column, text) : null;

    /// <summary>An enum member by its exact name (digits are refused: a number is not a documented value).</summary>
    public T? Enum<T>(string column)
        where T : struct, Enum
    {
        if (!Required(column, out var text))
        {
            return null;
        }

        if (text.Length > 0 && char.IsLetter(text[0]) && System.Enum.TryParse<T>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        Fail(column, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}");
        return null;
    }

    private bool Required(string column, out string text)
    {
        if (!cells.TryGet(column, out text, out _))
        {
            Fail(column, "required column is missing");
            return false;
        }

        text = text.Trim();
        if (text.Length == 0)
        {
            Fail(column, "value is missing");
            return false;
        }

        return true;
    }

    private bool Optional(string column, out string text)
    {
        if (!cells.TryGet(column, out text, out _))
        {
            return false;
        }

        text = text.Trim();
        return text.Length > 0;
    }

    private string FieldName(string column) => cells.TryGet(column, out _, out var field) ? field : column;

    private LocalDate? ParseDate(string column, string text)
    {
        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && text.Length == 10)
        {
            return result.Value;
        }

        Fail(column, $"'{text}' is not a date (yyyy-mm-dd)");
        return null;
    }

    private decimal? ParseDecimal(string column, string text, decimal min, decimal max)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Fail(column, $"'{text}' is not a number");
            return null;
        }

        if (value < min || value > max)
        {
            Fail(column, $"{text} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }

    private int? ParseInt(string column, string text, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Fail(column, $"'{text}' is not a whole number");
            return null;
        }

        if (value < min || value > max)
        {
            Fail(column, $"{text} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }

    private bool? ParseBool(string column, string text)
    {
        switch (text)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Fail(column, $"'{text}' is not true or false");
                return null;
        }
    }
}
