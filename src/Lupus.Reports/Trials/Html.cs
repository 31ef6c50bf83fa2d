using System.Globalization;
using System.Net;

namespace Lupus.Reports.Trials;

/// <summary>Encoding and number formats shared by the report's HTML.</summary>
internal static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Number(double value, string format = "0.##") =>
        double.IsNaN(value) ? "NA" : value.ToString(format, CultureInfo.InvariantCulture);

    public static string P(double p) => double.IsNaN(p) ? "NA" : p < 0.001 ? "&lt;0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Percent(double value) => double.IsNaN(value) ? "NA" : (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
