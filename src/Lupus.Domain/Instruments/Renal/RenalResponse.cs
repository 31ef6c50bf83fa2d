using Lupus.Domain.Instruments.Activity;
using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Renal;

/// <summary>Renal response in lupus nephritis: complete, partial or none against baseline under a named definition.</summary>
/// <remarks>
/// Fanouriakis A, et al. 2019 update of the joint EULAR/ERA-EDTA recommendations for the management of lupus nephritis.
/// Ann Rheum Dis 2020;79:713-723. KDIGO 2021 Clinical Practice Guideline for the Management of Glomerular Diseases,
/// Kidney Int 2021;100(4S):S1-S276, unchanged in KDIGO 2024 (Kidney Int 2024;105(1S):S1-S69).
/// Rescue therapy counts as non-response (trial convention). Thresholds are in g/g, x100 for mg/mmol.
/// </remarks>
public sealed class RenalResponse : Instrument<RenalResponseInput>
{
    private static readonly SchemaBuilder Builder = new();
    private static readonly RenalResponseFields Fields = new(Builder);
    private static readonly InputSchema FieldSchema = Builder.Build();

    public static RenalResponse Instance { get; } = new();

    public override InstrumentInfo Info { get; } = new(
        "renal_response",
        "Renal response in lupus nephritis (EULAR/ERA-EDTA 2019, KDIGO 2021/2024)",
        "EULAR/ERA-EDTA 2019; KDIGO 2021 (= 2024)",
        "Fanouriakis A, Kostopoulou M, Cheema K, et al. Ann Rheum Dis 2020;79:713-723. KDIGO 2021 glomerular diseases guideline, Kidney Int 2021;100(4S):S1-S276; KDIGO 2024 lupus nephritis guideline, Kidney Int 2024;105(1S):S1-S69.",
        Verification.OneSource);

    public override InputSchema Schema => FieldSchema;

    /// <summary>
    /// Allocation-free typed entry point: the response category of one proteinuria pair with the definition's
    /// default parameters and no rescue therapy, decided exactly as <c>Evaluate</c> decides it (no notes or warnings).
    /// </summary>
    /// <returns>The category, or null when not assessable (a value missing, or a partial response on a zero baseline).</returns>
    public static RenalResponseCategory? Classify(
        RenalDefinition definition,
        ProteinuriaUnit unit,
        decimal? baselineProteinuria,
        decimal? followupProteinuria,
        decimal? baselineEgfrMlMin173m2,
        decimal? followupEgfrMlMin173m2)
    {
        var gfr = RenalResponseRules.GfrCriterion(definition, baselineEgfrMlMin173m2, followupEgfrMlMin173m2, null, null);
        return RenalResponseRules.Response(
            RenalResponseRules.Thresholds(definition, null, null), baselineProteinuria, followupProteinuria, ProteinuriaPair.Scale(unit), gfr, rescueTherapy: false);
    }

    public override IReadOnlyList<string> ScalarOutputs => RenalResponseResult.ScalarKeys;

    protected override RenalResponseInput Bind(InputRecord record) => Fields.Bind(record);

    protected override void Validate(RenalResponseInput input, List<InputError> errors) => RenalResponseValidation.Validate(input, errors);

    protected override InstrumentResult Compute(RenalResponseInput input)
    {
        var definition = input.Definition ?? throw new ArgumentException("The definition is required.", nameof(input));
        var missing = new MissingInputs();
        var notes = new List<string>();
        var pair = input.Proteinuria.FirstOrDefault(p => p.AnyGiven);
        if (pair is null)
        {
            missing.Add("proteinuria_pair");
        }
        else
        {
            var (baselineName, followupName) = pair.FieldNames;
            missing.Need(pair.Baseline, baselineName);
            missing.Need(pair.Followup, followupName);
            if (pair.Unit == ProteinuriaUnit.UpcrMilligramsPerMillimole)
            {
                notes.Add("thresholds_scaled_x100_for_mg_per_mmol");
            }
        }

        var baselineEgfr = definition == RenalDefinition.Kdigo2021
            ? missing.Need(input.BaselineEgfrMlMin173m2, Fields.BaselineEgfr.Name)
            : input.BaselineEgfrMlMin173m2;
        var followupEgfr = missing.Need(input.FollowupEgfrMlMin173m2, Fields.FollowupEgfr.Name);
        var gfr = RenalResponseRules.GfrCriterion(definition, baselineEgfr, followupEgfr, input.EgfrTolerance, input.EgfrNormalReferenceMlMin173m2);
        var response = RenalResponseRules.Response(
            RenalResponseRules.Thresholds(definition, input), pair?.Baseline, pair?.Followup, pair?.ThresholdScale ?? 1m, gfr, input.RescueTherapy);
        if (input.RescueTherapy)
        {
            notes.Add("rescue_therapy_counts_as_non_response");
        }
        else if (response is null && pair is { Baseline: not null, Followup: not null } && gfr is not null)
        {
            notes.Add("partial_response_not_evaluable_baseline_zero");
        }

        if (definition == RenalDefinition.EularEraEdta2019)
        {
            notes.AddRange(RenalTimingTargets.Notes(input.MonthsFromTreatmentStart, pair, response));
        }

        return new RenalResponseResult(Info)
        {
            Response = response,
            GfrCriterionMet = gfr,
            ProteinuriaReductionPercent = pair?.ReductionPercent is { } r ? Math.Round(r, 1, MidpointRounding.AwayFromZero) : null,
            MonthsFromTreatmentStart = input.MonthsFromTreatmentStart,
            Definition = input.DefinitionCode,
            Missing = missing.Names,
            Notes = notes,
            Warnings = RenalResponseValidation.IgnoredParameters(definition, input),
        };
    }
}
