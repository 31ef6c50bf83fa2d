namespace Lupus.Domain.Instruments.Renal;

/// <summary>Renal response categories.</summary>
public enum RenalResponseCategory
{
    None,
    Partial,
    Complete,
}
