using Lupus.Domain.Instruments.Core;

namespace Lupus.Domain.Instruments.Renal;

/// <summary>Clinical validity rules of the renal response input (specification 4.1).</summary>
public static class RenalResponseValidation
{
    /// <summary>Lowest eGFR tolerance the KDIGO guideline allows.</summary>
    public const decimal MinimumEgfrTolerance = 0.10m;

    /// <summary>Highest eGFR tolerance the KDIGO guideline allows.</summary>
    public const decimal MaximumEgfrTolerance = 0.15m;

    /// <summary>Lowest complete-response threshold EULAR allows, g/g.</summary>
    public const decimal MinimumCompleteThresholdG = 0.5m;

    /// <summary>Highest complete-response threshold EULAR allows, g/g.</summary>
    public const decimal MaximumCompleteThresholdG = 0.7m;

    /// <summary>Adds an error for a missing definition, mixed proteinuria units and parameters outside their allowed ranges.</summary>
    public static void Validate(RenalResponseInput input, List<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (input.Definition is null)
        {
            errors.Add(new InputError("definition", "is required (eular_eraedta_2019, kdigo_2021 or kdigo_2024)"));
        }

        var given = input.Proteinuria.Where(p => p.AnyGiven).ToList();
        if (given.Count > 1)
        {
            var names = given.SelectMany(p => new[] { (p.Baseline, p.FieldNames.Baseline), (p.Followup, p.FieldNames.Followup) })
                .Where(v => v.Item1 is not null)
                .Select(v => v.Item2);
            errors.Add(new InputError("proteinuria", $"exactly one proteinuria pair in one unit must be given; mixing units is invalid ({string.Join(", ", names)})"));
        }

        if (input.EgfrTolerance is { } tolerance && (tolerance < MinimumEgfrTolerance || tolerance > MaximumEgfrTolerance))
        {
            errors.Add(new InputError("egfr_tolerance", $"must be from {MinimumEgfrTolerance} to {MaximumEgfrTolerance}, got {InputRecord.Format(tolerance)}"));
        }

        if (input.CompleteResponseThresholdG is { } complete && (complete < MinimumCompleteThresholdG || complete > MaximumCompleteThresholdG))
        {
            errors.Add(new InputError("complete_response_threshold_g", $"must be from {MinimumCompleteThresholdG} to {MaximumCompleteThresholdG}, got {InputRecord.Format(complete)}"));
        }

        Positive(errors, "egfr_normal_reference_ml_min_173m2", input.EgfrNormalReferenceMlMin173m2);
        Positive(errors, "subnephrotic_threshold_g", input.SubnephroticThresholdG);
    }

    /// <summary>Warnings for parameters that the chosen definition does not use.</summary>
    public static IReadOnlyList<string> IgnoredParameters(RenalDefinition definition, RenalResponseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ignored = definition == RenalDefinition.Kdigo2021
            ? new (string Name, bool Given)[]
            {
                ("egfr_normal_reference_ml_min_173m2", input.EgfrNormalReferenceMlMin173m2 is not null),
                ("complete_response_threshold_g", input.CompleteResponseThresholdG is not null),
                ("subnephrotic_threshold_g", input.SubnephroticThresholdG is not null),
            }
            : [("egfr_tolerance", input.EgfrTolerance is not null)];
        return ignored.Where(p => p.Given).Select(p => $"{p.Name} does not apply to this definition and was ignored").ToArray();
    }

    private static void Positive(List<InputError> errors, string field, decimal? value)
    {
        if (value is { } v && v <= 0m)
        {
            errors.Add(new InputError(field, $"must be greater than 0, got {InputRecord.Format(v)}"));
        }
    }
}
