using Lupus.Domain.Instruments.Bilag;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Responders;

/// <summary>
/// BILAG-based Composite Lupus Assessment: every baseline A/B domain improved, no BILAG worsening, SLEDAI-2K not
/// worse, no PGA worsening, no treatment failure (specification 5.3).
/// </summary>
/// <remarks>
/// Wallace DJ, Kalunian K, Petri MA, et al. Ann Rheum Dis 2014;73:183-190. Sources differ on the PGA clause
/// ("&lt;= 10%" or "&lt; 10%"); a rise below 0.3, the SRI rule, is used. Not applicable without a baseline A or B.
/// </remarks>
public sealed class Bicla : Instrument<VisitComparison>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly VisitComparisonFields Visits = new(Builder, "sledai2k");
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static Bicla Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "bicla",
        "BILAG-based Composite Lupus Assessment (BICLA)",
        "BICLA (EMBLEM, 2014)",
        "Wallace DJ, Kalunian K, Petri MA, et al. Efficacy and safety of epratuzumab in patients with moderate/severe active systemic lupus erythematosus, results from EMBLEM, a phase IIb, randomised, double-blind, placebo-controlled, multicentre study. Ann Rheum Dis 2014;73:183-190.",
        Verification.OneSource);

    public override InputSchema Schema => FieldSchema;

    public override IReadOnlyList<string> ScalarOutputs => BiclaResult.ScalarKeys;

    protected override VisitComparison Bind(InputRecord record) => Visits.Bind(record);

    protected override void Validate(VisitComparison input, List<InputError> errors) => Visits.Validate(input, errors);

    protected override InstrumentResult Compute(VisitComparison input)
    {
        var applicable = Applicable(input.BilagBaseline);
        var improvement = applicable == true ? BaselineImproved(input.BilagBaseline, input.BilagFollowup) : null;
        bool? notWorse = input.SledaiBaseline is { } b && input.SledaiFollowup is { } f ? f <= b : null;
        var components = BilagComparison.AllHold(improvement, input.NoBilagWorsening, notWorse, input.NoPgaWorsening);
        return new BiclaResult(Info)
        {
            Applicable = applicable,
            Responder = applicable != true || components is null ? null : components.Value && !input.TreatmentFailure,
            BaselineImprovementMet = improvement,
            NoBilagWorsening = input.NoBilagWorsening,
            SledaiNotWorse = notWorse,
            NoPgaWorsening = input.NoPgaWorsening,
            Notes = input.TreatmentFailure ? ["treatment_failure"] : [],
        };
    }

    private static bool? Applicable(BilagGrades baseline)
    {
        if (baseline.Count(BilagGrade.A) + baseline.Count(BilagGrade.B) > 0)
        {
            return true;
        }

        return baseline.IsComplete ? false : null;
    }

    // Each baseline A must now be B-E and each baseline B now C-E: strictly better than at baseline.
    private static bool? BaselineImproved(BilagGrades baseline, BilagGrades followup)
    {
        var unknown = false;
        foreach (var domain in Enum.GetValues<BilagDomain>())
        {
            if (baseline[domain] is not { } before || before > BilagGrade.B)
            {
                continue;
            }

            if (followup[domain] is not { } after)
            {
                unknown = true;
            }
            else if (after <= before)
            {
                return false;
            }
        }

        return unknown ? null : true;
    }
}
