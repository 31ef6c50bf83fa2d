namespace Lupus.Domain.Instruments.Sledai;

/// <summary>A descriptor resolved from direct judgements and raw values.</summary>
public enum DescriptorState : byte
{
    /// <summary>Not assessed and not derivable.</summary>
    Missing,

    Absent,

    Present,
}
