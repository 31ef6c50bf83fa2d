using NodaTime;

namespace Lupus.Interchange.Tables;

/// <summary>
/// The common case of reading a date cell, <c>yyyy-mm-dd</c> with a valid day, without NodaTime's general pattern
/// parser and the result object it makes per cell (a million of them for a large lab table). Anything else is left
/// to the pattern, which also words the error; the two agree on every input (IsoDateTests).
/// </summary>
internal static class IsoDate
{
    public static bool TryParse(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
