using System.Globalization;

namespace Lupus.Cli.Survival;

/// <summary>Parses UTF-8 numbers, with an exact fast path for plain decimals such as <c>-12.375</c>.</summary>
/// <remarks>
/// With at most 15 significant digits the digits form an integer m below 2^53 and the value is m / 10^k with k &lt;= 22,
/// where both operands are exact doubles, so one correctly rounded division gives the correctly rounded result (Clinger
/// 1990). Anything else (exponents, long mantissas, inf/nan words) goes to <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider, out double)"/>.
/// </remarks>
internal static class FastDouble
{
    private static readonly double[] Powers = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    public static bool TryParse(ReadOnlySpan<byte> text, out double value) => TryParseDecimal(text, out value) || Slow(text, out value);

    /// <summary>The exact fast path alone: false for anything but a plain decimal of at most 15 significant digits.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i++;
        }

        long mantissa = 0;
        int digits = 0, fraction = 0;
        var seenDot = false;
        var start = i;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                if (mantissa != 0 || c != '0')
                {
                    digits++;
                }

                mantissa = (mantissa * 10) + (c - '0');
                fraction += seenDot ? 1 : 0;
            }
            else if (c == '.' && !seenDot)
            {
                seenDot = true;
            }
            else
            {
                return false;
            }
        }

        if (digits > 15 || i == start || (seenDot && i == start + 1) || fraction > 22)
        {
            return false;
        }

        value = mantissa / Powers[fraction];
        value = negative ? -value : value;
        return true;
    }

    private static bool Slow(ReadOnlySpan<byte> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
