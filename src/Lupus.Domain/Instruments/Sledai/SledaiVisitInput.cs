namespace Lupus.Domain.Instruments.Sledai;

/// <summary>How a SLEDAI score treats descriptors that were not assessed.</summary>
public enum MissingPolicy
{
    /// <summary>Any missing descriptor leaves the total not assessable (status <c>incomplete</c>).</summary>
    Strict,

    /// <summary>Missing descriptors score 0, explicitly chosen and reported (status <c>imputed</c>).</summary>
    MissingAsAbsent,
}

/// <summary>New, recurrent or persisting mucocutaneous features (rash, alopecia, mucosal ulcers).</summary>
public enum MucocutaneousStatus
{
    Absent,
    New,
    Recurrent,
    Persistent,
}

/// <summary>
/// One visit's SLEDAI inputs: direct descriptor judgements and the raw values some descriptors derive from.
/// <c>null</c> always means "not assessed".
/// </summary>
/// <remarks>Units are in the names; convert before constructing (for example UPCR mg/mmol ÷ 113.1 = g/g).</remarks>
public sealed record SledaiVisitInput
{
    /// <summary>Look-back window in days: 10 (default) or 30 (Touma 2010).</summary>
    public int WindowDays { get; init; } = 10;

    public MissingPolicy MissingPolicy { get; init; } = MissingPolicy.Strict;

    /// <summary>Direct descriptor values by <see cref="SledaiDescriptor"/> index (length 24); null = not assessed.</summary>
    public IReadOnlyList<bool?> Direct { get; init; } = new bool?[SledaiDescriptors.Count];

    public int? ArthritisJointCount { get; init; }

    public decimal? MaxTemperatureCelsius { get; init; }

    public bool FeverInfectionExplained { get; init; }

    public decimal? UrineRbcPerHpf { get; init; }

    public bool HematuriaOtherCause { get; init; }

    public decimal? UrineWbcPerHpf { get; init; }

    public bool PyuriaInfection { get; init; }

    public decimal? ProteinuriaGramsPer24h { get; init; }

    public decimal? UpcrGramsPerGram { get; init; }

    public decimal? C3 { get; init; }

    public decimal? C3LowerLimit { get; init; }

    public decimal? C4 { get; init; }

    public decimal? C4LowerLimit { get; init; }

    public decimal? Ch50 { get; init; }

    public decimal? Ch50LowerLimit { get; init; }

    public decimal? AntiDsDnaValue { get; init; }

    public decimal? AntiDsDnaUpperLimit { get; init; }

    public decimal? Platelets10e9PerL { get; init; }

    public bool ThrombocytopeniaDrugCause { get; init; }

    public decimal? Wbc10e9PerL { get; init; }

    public bool LeukopeniaDrugCause { get; init; }

    public MucocutaneousStatus? RashStatus { get; init; }

    public MucocutaneousStatus? AlopeciaStatus { get; init; }

    public MucocutaneousStatus? MucosalUlcersStatus { get; init; }

    public bool? PleuriticChestPain { get; init; }

    public bool? PleuralRub { get; init; }

    public bool? PleuralEffusion { get; init; }

    public bool? PleuralThickening { get; init; }

    public bool? PericardialPain { get; init; }

    public bool? PericardialRub { get; init; }

    public bool? PericardialEffusion { get; init; }

    public bool? PericarditisEcgOrEchoConfirmation { get; init; }

    /// <summary>SELENA-SLEDAI: scleritis or episcleritis counts as visual disturbance.</summary>
    public bool? ScleritisOrEpiscleritis { get; init; }

    /// <summary>SELENA-SLEDAI: vertigo due to lupus counts as cranial nerve disorder.</summary>
    public bool? LupusVertigo { get; init; }

    /// <summary>SELENA-SLEDAI: previous 24-h proteinuria, to judge new onset or a recent increase.</summary>
    public decimal? PreviousProteinuriaGramsPer24h { get; init; }

    /// <summary>SELENA-SLEDAI: previous UPCR when the spot surrogate is used.</summary>
    public decimal? PreviousUpcrGramsPerGram { get; init; }

    /// <summary>SELENA-SLEDAI: assessor's judgement of new or increased proteinuria when no previous value exists.</summary>
    public bool? ProteinuriaNewOrIncreased { get; init; }

    /// <summary>SELENA-SLEDAI: Farr assay DNA binding, percent.</summary>
    public decimal? FarrBindingPercent { get; init; }

    /// <summary>Direct value of one descriptor.</summary>
    public bool? DirectValue(SledaiDescriptor descriptor) => Direct[(int)descriptor];
}
