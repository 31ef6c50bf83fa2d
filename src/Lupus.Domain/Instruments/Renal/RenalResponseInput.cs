namespace Lupus.Domain.Instruments.Renal;

/// <summary>A follow-up assessment against baseline for renal response (specification 4.1).</summary>
/// <remarks>
/// <c>null</c> means "not measured"; a null parameter takes the definition's default. Exactly one proteinuria pair
/// may be given: mixing units between baseline and follow-up is invalid.
/// </remarks>
public sealed record RenalResponseInput
{
    /// <summary>The definition to classify against; required.</summary>
    public RenalDefinition? Definition { get; init; }

    /// <summary>The proteinuria pairs given, at most one of them valid to use.</summary>
    public IReadOnlyList<ProteinuriaPair> Proteinuria { get; init; } = [];

    public decimal? BaselineEgfrMlMin173m2 { get; init; }

    public decimal? FollowupEgfrMlMin173m2 { get; init; }

    /// <summary>EULAR only: normal eGFR to which "near-normal" is compared (default 90 mL/min/1.73 m2).</summary>
    public decimal? EgfrNormalReferenceMlMin173m2 { get; init; }

    /// <summary>KDIGO only: allowed eGFR fall as a fraction of baseline, 0.10-0.15 (default 0.15).</summary>
    public decimal? EgfrTolerance { get; init; }

    /// <summary>EULAR only: complete-response proteinuria threshold in g/g, 0.5-0.7 (default 0.5).</summary>
    public decimal? CompleteResponseThresholdG { get; init; }

    /// <summary>EULAR only: subnephrotic threshold for partial response in g/g (default 3.5).</summary>
    public decimal? SubnephroticThresholdG { get; init; }

    /// <summary>Rescue or non-protocol escalation for nephritis since baseline (trial convention: non-response).</summary>
    public bool RescueTherapy { get; init; }

    /// <summary>Months since treatment start, reported back and used for the timing targets.</summary>
    public decimal? MonthsFromTreatmentStart { get; init; }

    /// <summary>Name of the definition as given (an alias is kept for the report).</summary>
    public string? DefinitionCode { get; init; }
}
