using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Lupus.Interchange.Tables;

/// <summary>The one text form of each value type in every written table: invariant, ISO dates, decimals with their scale.</summary>
public static class CellFormat
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "";

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int? value) => value is { } v ? Number(v) : "";

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Bool(bool? value) => value is { } v ? Bool(v) : "";
}
