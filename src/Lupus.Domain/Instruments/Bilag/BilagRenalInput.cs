namespace Lupus.Domain.Instruments.Bilag;

/// <summary>
/// Input of <c>bilag2004_renal</c> (specification 3.5): current and previous values of items 78-89; every value
/// may be null (not measured).
/// </summary>
/// <remarks>
/// Units are in the names and are never guessed: convert UPCR g/g (or mg/mg) to mg/mmol (x 113.1) and creatinine
/// mg/dL to µmol/L (x 88.4) before constructing.
/// </remarks>
public sealed record BilagRenalInput
{
    public decimal? SystolicBpMmHg { get; init; }

    public decimal? PreviousSystolicBpMmHg { get; init; }

    public decimal? DiastolicBpMmHg { get; init; }

    public decimal? PreviousDiastolicBpMmHg { get; init; }

    /// <summary>Blood pressure above 170/110 mmHg within a month with grade 3-4 hypertensive retinopathy.</summary>
    public bool? AcceleratedHypertension { get; init; }

    /// <summary>Dipstick protein 0-3 (0 = negative/trace, 1 = +, 2 = ++, 3 = +++).</summary>
    public int? UrineDipstickProtein { get; init; }

    public int? PreviousUrineDipstickProtein { get; init; }

    public decimal? UacrMgPerMmol { get; init; }

    public decimal? PreviousUacrMgPerMmol { get; init; }

    public decimal? UpcrMgPerMmol { get; init; }

    public decimal? PreviousUpcrMgPerMmol { get; init; }

    public decimal? ProteinuriaGramsPer24h { get; init; }

    public decimal? PreviousProteinuriaGramsPer24h { get; init; }

    public bool? NephroticSyndrome { get; init; }

    public decimal? CreatinineUmolPerL { get; init; }

    public decimal? PreviousCreatinineUmolPerL { get; init; }

    public decimal? EgfrMlMin173m2 { get; init; }

    public decimal? PreviousEgfrMlMin173m2 { get; init; }

    /// <summary>Pyuria, haematuria or casts without infection or another cause.</summary>
    public bool? ActiveUrinarySediment { get; init; }

    public bool? ActiveNephritisHistologyWithin3Months { get; init; }

    /// <summary>Renal involvement at any earlier assessment (D versus E); null when unknown.</summary>
    public bool? PreviousRenalInvolvement { get; init; }

    /// <summary>True when no current value of items 78-89 is recorded (the domain is then not assessable).</summary>
    public bool NothingAssessed =>
        SystolicBpMmHg is null && DiastolicBpMmHg is null && AcceleratedHypertension is null && UrineDipstickProtein is null
        && UacrMgPerMmol is null && UpcrMgPerMmol is null && ProteinuriaGramsPer24h is null && NephroticSyndrome is null
        && CreatinineUmolPerL is null && EgfrMlMin173m2 is null && ActiveUrinarySediment is null
        && ActiveNephritisHistologyWithin3Months is null;

    /// <summary>True when any quantitative proteinuria measure (24-h, UPCR, UACR) has a current value.</summary>
    public bool HasQuantitativeProteinuria => ProteinuriaGramsPer24h is not null || UpcrMgPerMmol is not null || UacrMgPerMmol is not null;
}
