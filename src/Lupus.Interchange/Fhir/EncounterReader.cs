using Hl7.Fhir.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>Encounter -> the visit (patient + period.start); its items arrive as Observations referencing it.</summary>
internal static class EncounterReader
{
    public static void Read(Encounter encounter, EntryContext context, ReadState state, int entryIndex)
    {
        var patient = state.Subject(encounter.Subject, context);
        var date = FhirValues.FullDate(encounter.Period?.Start, context, "period.start");
        if (patient is not null && date is not null)
        {
            state.Visits[entryIndex] = new VisitAccumulator(context.Location, patient.Value, date.Value);
        }
    }
}
