using Hl7.Fhir.Model;
using Lupus.Interchange.Model;
using X = Lupus.Interchange.Fhir.FhirSystems.Extensions;

namespace Lupus.Interchange.Fhir;

/// <summary>An MSC-infusion Procedure -> <see cref="InfusionRow"/>; product details travel as extensions.</summary>
internal static class InfusionReader
{
    public const string CellsPerKg = "{cells}/kg";
    public const string Cells = "{cells}";
    public const string Percent = "%";

    public static void Read(Procedure procedure, EntryContext context, ReadState state)
    {
        if (FhirValues.Coding(procedure.Code, FhirSystems.ProcedureCodes)?.Code != FhirSystems.MscInfusionCode)
        {
            context.Fail("code", $"missing required element: code {FhirSystems.ProcedureCodes}|{FhirSystems.MscInfusionCode} " +
                "(only MSC infusions are imported)");
            return;
        }

        var patient = state.Subject(procedure.Subject, context);
        var date = procedure.Performed is FhirDateTime performed
            ? FhirValues.FullDate(performed.Value, context, "performedDateTime")
            : Fail(context, "performed[x]", "missing required element: performedDateTime");
        var ok = FhirValues.TryCode(procedure, X.MscSource, FhirCodes.Source, context, out var source);
        ok &= FhirValues.TryCode(procedure, X.DonorType, FhirCodes.Donor, context, out var donor);
        var dose = Amount(procedure, X.DosePerKg, CellsPerKg, context);
        var total = Amount(procedure, X.TotalCells, Cells, context);
        var lot = FhirValues.Required<FhirString>(procedure, X.Lot, context)?.Value;
        var passage = FhirValues.Required<Integer>(procedure, X.Passage, context)?.Value;
        var viability = Amount(procedure, X.Viability, Percent, context);
        ok &= FhirValues.TryCode(procedure, X.Route, FhirCodes.Route, context, out var route);
        if (!ok || patient is null || date is null || dose is null || total is null || lot is null || passage is null || viability is null)
        {
            return;
        }

        state.Data.Infusions.Add(new InfusionRow(context.Location, patient.Value, date.Value, source, donor, dose.Value, total.Value, lot,
            passage.Value, viability.Value, route));
    }

    private static decimal? Amount(Procedure procedure, string url, string unit, EntryContext context) =>
        FhirValues.Required<Quantity>(procedure, url, context) is { } quantity
            ? QuantityValues.InUnits(quantity, FhirValues.ExtensionPath(url) + ".valueQuantity", context, [unit], url)
            : null;

    private static NodaTime.LocalDate? Fail(EntryContext context, string field, string rule)
    {
        context.Fail(field, rule);
        return null;
    }
}
