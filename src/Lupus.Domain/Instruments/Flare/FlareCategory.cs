namespace Lupus.Domain.Instruments.Flare;

/// <summary>SELENA-SLEDAI Flare Index categories, in increasing severity.</summary>
public enum FlareCategory
{
    None,
    MildModerate,
    Severe,
}
