using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Activity;

/// <summary>The SELENA Physician Global Assessment scale (0-3), shared by every instrument that takes a PGA.</summary>
/// <remarks>
/// The field accepts any number so that a value off the scale is reported as clinically invalid (never clipped)
/// rather than as unreadable input.
/// </remarks>
public static class PgaScale
{
    /// <summary>Lowest value of the scale (no activity).</summary>
    public const decimal Minimum = 0m;

    /// <summary>Highest value of the scale (severe activity).</summary>
    public const decimal Maximum = 3m;

    /// <summary>Declares a PGA field on <paramref name="builder"/>.</summary>
    public static NumberField Declare(SchemaBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Number(name, decimal.MinValue, decimal.MaxValue);
    }

    /// <summary>Adds an invalid-input error when a given PGA lies outside 0-3 (inclusive); a missing value is not an error.</summary>
    public static void Validate(string field, decimal? value, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!OnScale(value) && value is { } v)
        {
            errors.Add(new InputError(field, $"must be from {Minimum} to {Maximum} (PGA scale), got {InputRecord.Format(v)}"));
        }
    }

    /// <summary>True when the PGA is missing or within 0-3 (inclusive): what <see cref="Validate"/> accepts.</summary>
    public static bool OnScale(decimal? value) => value is not (< Minimum or > Maximum);
}
