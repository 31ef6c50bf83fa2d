using System.Globalization;

namespace Lupus.Cli.Survival;

/// <summary>Parses <c>--level</c>, given in percent.</summary>
internal static class SurvivalLevel
{
    public static double Fraction(double percent) =>
        percent > 0 && percent < 100
            ? percent / 100
            : throw CliInputException.At(null, null, "--level", $"the confidence level must lie between 0 and 100 (percent), found {percent.ToString(CultureInfo.InvariantCulture)}");
}
