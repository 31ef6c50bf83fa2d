using Hl7.Fhir.Model;
using NodaTime;

namespace Lupus.Interchange.Fhir;

/// <summary>Sends an Observation to its reader: visit item (by category), immune panel (by code) or lab (by LOINC code).</summary>
internal static class ObservationReader
{
    public static void Read(Observation observation, EntryContext context, ReadState state)
    {
        if (observation.Status is ObservationStatus.Cancelled or ObservationStatus.EnteredInError)
        {
            context.Fail("status", "a cancelled or entered-in-error Observation cannot be imported");
            return;
        }

        if (observation.Category.Any(c => FhirValues.Coding(c, FhirSystems.ObservationCategory)?.Code == FhirSystems.VisitItemCategory))
        {
            VisitItemReader.Read(observation, context, state);
        }
        else if (FhirValues.Coding(observation.Code, FhirSystems.ImmunePanelCodes)?.Code == FhirSystems.ImmunePanelCode)
        {
            ImmunePanelReader.Read(observation, context, state);
        }
        else if (observation.Code.Coding.FirstOrDefault(c => c.System == FhirSystems.Loinc && LabCodes.IsKnown(c.Code))?.Code is { } loinc)
        {
            LabReader.Read(observation, loinc, context, state);
        }
        else
        {
            var codes = observation.Code.Coding.Where(c => c.System == FhirSystems.Loinc).Select(c => c.Code).ToList();
            context.Fail("code", codes.Count > 0
                ? $"unknown LOINC code '{string.Join("', '", codes)}': not a lab analyte of LupusTrials"
                : "unknown code: expected a LOINC lab code, the immune-panel code or the visit-item category");
        }
    }

    /// <summary>effectiveDateTime as a full date (effectivePeriod and partial dates are refused).</summary>
    public static LocalDate? EffectiveDate(Observation observation, EntryContext context) => observation.Effective switch
    {
        FhirDateTime dateTime => FhirValues.FullDate(dateTime.Value, context, "effectiveDateTime"),
        null => Fail(context, "effective[x]", "missing required element: effectiveDateTime"),
        _ => Fail(context, "effective[x]", "effective[x] must be effectiveDateTime"),
    };

    private static LocalDate? Fail(EntryContext context, string field, string rule)
    {
        context.Fail(field, rule);
        return null;
    }
}
