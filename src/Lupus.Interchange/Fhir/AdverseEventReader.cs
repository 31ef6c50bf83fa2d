using Hl7.Fhir.Model;
using Lupus.Interchange.Model;
using X = Lupus.Interchange.Fhir.FhirSystems.Extensions;

namespace Lupus.Interchange.Fhir;

/// <summary>AdverseEvent -> <see cref="AdverseEventRow"/>: CTCAE grade by extension, checked against severity when both are given.</summary>
internal static class AdverseEventReader
{
    public static void Read(AdverseEvent adverseEvent, EntryContext context, ReadState state)
    {
        var ok = adverseEvent.Actuality != AdverseEvent.AdverseEventActuality.Potential ||
            context.Fail("actuality", "a potential adverse event (near miss) is not imported");
        var patient = state.Subject(adverseEvent.Subject, context);
        var term = adverseEvent.Event?.Text ?? adverseEvent.Event?.Coding.FirstOrDefault()?.Display;
        ok &= !string.IsNullOrWhiteSpace(term) || context.Fail("event", "missing required element: event.text (the term)");
        var onset = FhirValues.FullDate(adverseEvent.Date, context, "date");
        var grade = Grade(adverseEvent, context);
        var serious = Serious(adverseEvent, context);
        ok &= FhirValues.TryCode(adverseEvent, X.RelationToInfusion, FhirCodes.Relation, context, out var relation);
        var resolution = FhirValues.Optional<Date>(adverseEvent, X.ResolutionDate, context);
        var resolved = resolution is null ? null : FhirValues.FullDate(resolution.Value, context, FhirValues.ExtensionPath(X.ResolutionDate));
        var resolvedOk = resolved is not null || FhirValues.Extension(adverseEvent, X.ResolutionDate) is null;
        if (!ok || !resolvedOk || patient is null || onset is null || grade is null || serious is null)
        {
            return;
        }

        state.Data.AdverseEvents.Add(new AdverseEventRow(context.Location, patient.Value, term!, grade.Value, serious.Value, relation,
            onset.Value, resolved));
    }

    /// <summary>The ctcae-grade extension; without it, severity mild = 1 and moderate = 2 (severe could be 3, 4 or 5).</summary>
    private static int? Grade(AdverseEvent adverseEvent, EntryContext context)
    {
        var severity = FhirValues.Coding(adverseEvent.Severity, FhirSystems.Severity)?.Code;
        var extension = FhirValues.Optional<Integer>(adverseEvent, X.CtcaeGrade, context);
        if (extension is null)
        {
            return severity switch
            {
                "mild" => 1,
                "moderate" => 2,
                _ => Fail(context, FhirValues.ExtensionPath(X.CtcaeGrade), severity == "severe"
                    ? "missing required element: severity 'severe' is CTCAE grade 3, 4 or 5; give the ctcae-grade extension"
                    : "missing required element: the ctcae-grade extension (1-5)"),
            };
        }

        if (extension.Value is not (>= 1 and <= 5) || extension.Value is not { } grade)
        {
            return Fail(context, FhirValues.ExtensionPath(X.CtcaeGrade), $"CTCAE grade '{extension.Value}' must be 1-5");
        }

        if (severity is not null && severity != SeverityOf(grade))
        {
            return Fail(context, "severity", $"severity '{severity}' contradicts CTCAE grade {grade} (expected '{SeverityOf(grade)}')");
        }

        return grade;
    }

    public static string SeverityOf(int grade) => grade switch
    {
        1 => "mild",
        2 => "moderate",
        _ => "severe",
    };

    private static bool? Serious(AdverseEvent adverseEvent, EntryContext context)
    {
        var code = FhirValues.Coding(adverseEvent.Seriousness, FhirSystems.Seriousness)?.Code;
        switch (code)
        {
            case "serious":
                return true;
            case "non-serious":
                return false;
            case null:
                context.Fail("seriousness", $"missing required element: seriousness coded in {FhirSystems.Seriousness}");
                return null;
            default:
                context.Fail("seriousness", $"unknown seriousness '{code}' (allowed: serious, non-serious)");
                return null;
        }
    }

    private static int? Fail(EntryContext context, string field, string rule)
    {
        context.Fail(field, rule);
        return null;
    }
}
