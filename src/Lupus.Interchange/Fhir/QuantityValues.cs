using Hl7.Fhir.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>Reads a UCUM Quantity as an exact number and its unit code; censored or unit-less values are refused.</summary>
internal static class QuantityValues
{
    public static bool TryRead(Quantity quantity, string field, EntryContext context, out decimal value, out string ucum)
    {
        value = 0m;
        ucum = "";
        if (quantity.Value is not { } number)
        {
            return context.Fail(field + ".value", "missing required element");
        }

        if (quantity.Comparator is not null)
        {
            return context.Fail(field + ".comparator", "a censored value (<, >) cannot be imported as an exact number");
        }

        if (quantity.System is not null && quantity.System != FhirSystems.Ucum)
        {
            return context.Fail(field + ".system", $"unit system '{quantity.System}' is not UCUM ({FhirSystems.Ucum})");
        }

        if (string.IsNullOrEmpty(quantity.Code))
        {
            return context.Fail(field + ".code", "missing required element: the UCUM unit code");
        }

        value = number;
        ucum = quantity.Code;
        return true;
    }

    /// <summary>A Quantity whose unit must be one of <paramref name="units"/>; null after an error.</summary>
    public static decimal? InUnits(Quantity quantity, string field, EntryContext context, IReadOnlyList<string> units, string what)
    {
        if (!TryRead(quantity, field, context, out var value, out var ucum))
        {
            return null;
        }

        if (!units.Contains(ucum, StringComparer.Ordinal))
        {
            context.Fail(field + ".code", $"unit '{ucum}' is not allowed for {what} (allowed: {string.Join(", ", units)})");
            return null;
        }

        return value;
    }

    public static Quantity Write(decimal value, string ucum, string? display = null) =>
        new() { Value = value, System = FhirSystems.Ucum, Code = ucum, Unit = display ?? ucum };
}
