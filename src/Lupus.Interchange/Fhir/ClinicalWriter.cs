using Hl7.Fhir.Model;
using Lupus.Interchange.Model;
using X = Lupus.Interchange.Fhir.FhirSystems.Extensions;

namespace Lupus.Interchange.Fhir;

/// <summary>Labs, immune panels, infusions and adverse events -> resources, the inverses of their readers.</summary>
internal static class ClinicalWriter
{
    public static Observation Lab(LabRow row, string patient)
    {
        var code = LabCodes.ForWriting(row.Analyte, row.Unit);
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Code = WriteHelpers.Concept(FhirSystems.Loinc, code.Loinc, code.Display),
            Subject = WriteHelpers.Reference(patient),
            Effective = WriteHelpers.DateTime(row.CollectionDate),
            Value = QuantityValues.Write(row.Value, code.Ucum, code.CatalogUnit),
        };
        observation.Category.Add(WriteHelpers.Concept(FhirSystems.ObservationCategoryHl7, "laboratory"));
        if (row.LowerLimit is not null || row.UpperLimit is not null)
        {
            observation.ReferenceRange.Add(new Observation.ReferenceRangeComponent
            {
                Low = row.LowerLimit is { } low ? QuantityValues.Write(low, code.Ucum, code.CatalogUnit) : null,
                High = row.UpperLimit is { } high ? QuantityValues.Write(high, code.Ucum, code.CatalogUnit) : null,
            });
        }

        return observation;
    }

    public static Observation ImmunePanel(ImmunePanelRow row, string patient)
    {
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Code = WriteHelpers.Concept(FhirSystems.ImmunePanelCodes, FhirSystems.ImmunePanelCode, "Immune panel"),
            Subject = WriteHelpers.Reference(patient),
            Effective = WriteHelpers.DateTime(row.SampleDate),
        };
        decimal?[] values = [row.TregPercent, row.Th1Percent, row.Th2Percent, row.Th17Percent, row.TfhPercent, row.BregPercent,
            row.PlasmaCellPercent, row.Il10PgPerMl, row.TnfAlphaPgPerMl, row.IfnAlphaPgPerMl, row.Il6PgPerMl];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                var (code, display, unit) = ImmunePanelItems.All[i];
                observation.Component.Add(new Observation.ComponentComponent
                {
                    Code = WriteHelpers.Concept(FhirSystems.ImmunePanelCodes, code, display),
                    Value = QuantityValues.Write(value, unit),
                });
            }
        }

        return observation;
    }

    public static Procedure Infusion(InfusionRow row, string patient)
    {
        var procedure = new Procedure
        {
            Status = EventStatus.Completed,
            Code = WriteHelpers.Concept(FhirSystems.ProcedureCodes, FhirSystems.MscInfusionCode, "Mesenchymal stem cell infusion"),
            Subject = WriteHelpers.Reference(patient),
            Performed = WriteHelpers.DateTime(row.InfusionDate),
        };
        procedure.Extension.AddRange(
        [
            new Extension(X.MscSource, new Code(FhirCodes.Source.Code(row.CellSource))),
            new Extension(X.DonorType, new Code(FhirCodes.Donor.Code(row.DonorType))),
            new Extension(X.DosePerKg, QuantityValues.Write(row.DoseCellsPerKg, InfusionReader.CellsPerKg)),
            new Extension(X.TotalCells, QuantityValues.Write(row.TotalCells, InfusionReader.Cells)),
            new Extension(X.Lot, new FhirString(row.Lot)),
            new Extension(X.Passage, new Integer(row.Passage)),
            new Extension(X.Viability, QuantityValues.Write(row.ViabilityPercent, InfusionReader.Percent)),
            new Extension(X.Route, new Code(FhirCodes.Route.Code(row.Route))),
        ]);
        return procedure;
    }

    public static AdverseEvent AdverseEvent(AdverseEventRow row, string patient)
    {
        var adverseEvent = new AdverseEvent
        {
            Actuality = Hl7.Fhir.Model.AdverseEvent.AdverseEventActuality.Actual,
            Subject = WriteHelpers.Reference(patient),
            Event = new CodeableConcept { Text = row.Term },
            Date = WriteHelpers.Text(row.OnsetDate),
            Seriousness = WriteHelpers.Concept(FhirSystems.Seriousness, row.Serious ? "serious" : "non-serious"),
            Severity = WriteHelpers.Concept(FhirSystems.Severity, AdverseEventReader.SeverityOf(row.Grade)),
            Outcome = WriteHelpers.Concept(FhirSystems.Outcome, row.ResolutionDate is null ? "ongoing" : "resolved"),
        };
        adverseEvent.Extension.Add(new Extension(X.CtcaeGrade, new Integer(row.Grade)));
        adverseEvent.Extension.Add(new Extension(X.RelationToInfusion, new Code(FhirCodes.Relation.Code(row.RelationToInfusion))));
        if (row.ResolutionDate is { } resolved)
        {
            adverseEvent.Extension.Add(new Extension(X.ResolutionDate, WriteHelpers.Date(resolved)));
        }

        return adverseEvent;
    }
}
