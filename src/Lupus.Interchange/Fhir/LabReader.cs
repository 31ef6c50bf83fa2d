using Hl7.Fhir.Model;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>A lab Observation (LOINC code, UCUM unit) -> <see cref="LabRow"/> in the unit the source used.</summary>
internal static class LabReader
{
    public static void Read(Observation observation, string loinc, EntryContext context, ReadState state)
    {
        var patient = state.Subject(observation.Subject, context);
        var date = ObservationReader.EffectiveDate(observation, context);
        var result = Result(observation, loinc, context);
        if (result is null)
        {
            return;
        }

        var (value, code) = result.Value;
        var range = observation.ReferenceRange.FirstOrDefault();
        var okLow = TryLimit(range?.Low, "referenceRange[0].low", code, context, out var low);
        var okHigh = TryLimit(range?.High, "referenceRange[0].high", code, context, out var high);
        if (patient is null || date is null || !okLow || !okHigh)
        {
            return;
        }

        state.Data.Labs.Add(new LabRow(context.Location, patient.Value, code.Analyte, date.Value, value, code.CatalogUnit, low, high));
    }

    private static (decimal Value, LabCode Code)? Result(Observation observation, string loinc, EntryContext context)
    {
        if (observation.Value is not Quantity quantity)
        {
            context.Fail("value[x]", observation.Value is null
                ? "missing required element: valueQuantity (a lab result needs a value)"
                : "value[x] must be valueQuantity");
            return null;
        }

        if (!QuantityValues.TryRead(quantity, "valueQuantity", context, out var value, out var ucum))
        {
            return null;
        }

        var code = LabCodes.Find(loinc, ucum);
        if (code is null)
        {
            var analyte = LabCodes.All.First(c => c.Loinc == loinc).Analyte;
            context.Fail("valueQuantity.code",
                $"unit '{ucum}' is not allowed for LOINC {loinc} ({analyte}); allowed: {LabCodes.AllowedUnits(loinc)}");
            return null;
        }

        return (value, code);
    }

    /// <summary>A reference limit must be in the same catalogue unit as the result (no silent conversion).</summary>
    private static bool TryLimit(Quantity? limit, string field, LabCode code, EntryContext context, out decimal? value)
    {
        value = null;
        if (limit is null)
        {
            return true;
        }

        if (!QuantityValues.TryRead(limit, field, context, out var number, out var ucum))
        {
            return false;
        }

        if (LabCodes.Find(code.Loinc, ucum)?.CatalogUnit != code.CatalogUnit)
        {
            return context.Fail(field + ".code", $"unit '{ucum}' differs from the result's unit '{code.Ucum}'");
        }

        value = number;
        return true;
    }
}
