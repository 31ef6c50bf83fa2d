using Hl7.Fhir.Model;
using Lupus.Interchange.Model;

namespace Lupus.Interchange.Fhir;

/// <summary>The immune-panel Observation (one component per marker) -> <see cref="ImmunePanelRow"/>.</summary>
internal static class ImmunePanelReader
{
    public static void Read(Observation observation, EntryContext context, ReadState state)
    {
        var patient = state.Subject(observation.Subject, context);
        var date = ObservationReader.EffectiveDate(observation, context);
        var values = new decimal?[ImmunePanelItems.All.Count];
        var seen = new bool[values.Length];
        var ok = true;
        for (var i = 0; i < observation.Component.Count; i++)
        {
            ok &= Component(observation.Component[i], $"component[{i}]", values, seen, context);
        }

        if (!ok || patient is null || date is null)
        {
            return;
        }

        state.Data.ImmunePanels.Add(new ImmunePanelRow(context.Location, patient.Value, date.Value,
            values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10]));
    }

    private static bool Component(Observation.ComponentComponent component, string path, decimal?[] values, bool[] seen, EntryContext context)
    {
        var code = FhirValues.Coding(component.Code, FhirSystems.ImmunePanelCodes)?.Code;
        var index = ImmunePanelItems.IndexOf(code);
        if (index < 0)
        {
            return context.Fail(path + ".code", $"unknown immune-panel marker '{code}' (allowed: " +
                string.Join(", ", ImmunePanelItems.All.Select(i => i.Code)) + ")");
        }

        if (seen[index])
        {
            return context.Fail(path + ".code", $"duplicate immune-panel marker '{code}'");
        }

        seen[index] = true;
        if (component.Value is null && component.DataAbsentReason is not null)
        {
            return true;
        }

        if (component.Value is not Quantity quantity)
        {
            return context.Fail(path + ".value[x]", "missing required element: valueQuantity or a dataAbsentReason");
        }

        var item = ImmunePanelItems.All[index];
        values[index] = QuantityValues.InUnits(quantity, path + ".valueQuantity", context, [item.Unit], item.Display);
        return values[index] is not null;
    }
}
