namespace Lupus.Domain.Instruments.Renal;

/// <summary>Unit of a baseline/follow-up proteinuria pair; thresholds are written in g/g.</summary>
public enum ProteinuriaUnit
{
    /// <summary>Spot UPCR in g/g (= mg/mg); thresholds apply unchanged.</summary>
    UpcrGramsPerGram,

    /// <summary>Spot UPCR in mg/mmol; thresholds are multiplied by 100 (guideline convention: 0.5 g/g ~ 50 mg/mmol).</summary>
    UpcrMilligramsPerMillimole,

    /// <summary>24-hour proteinuria in g/24 h; thresholds apply unchanged.</summary>
    GramsPer24h,
}
