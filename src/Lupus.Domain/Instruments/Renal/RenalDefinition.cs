namespace Lupus.Domain.Instruments.Renal;

/// <summary>The renal response definition to classify against.</summary>
public enum RenalDefinition
{
    /// <summary>EULAR/ERA-EDTA 2019 recommendations (specification 4.2).</summary>
    EularEraEdta2019,

    /// <summary>KDIGO 2021, unchanged in the 2024 lupus nephritis guideline (specification 4.3).</summary>
    Kdigo2021,
}
