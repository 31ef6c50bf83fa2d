namespace Lupus.Domain.Instruments.Bilag;

/// <summary>A BILAG-2004 domain grade, from the most severe (A) to never involved (E).</summary>
/// <remarks>The numeric order matters: a lower value is a more severe grade.</remarks>
public enum BilagGrade
{
    /// <summary>Severe activity.</summary>
    A,

    /// <summary>Moderate activity.</summary>
    B,

    /// <summary>Mild activity.</summary>
    C,

    /// <summary>Inactive now, involved before.</summary>
    D,

    /// <summary>Never involved.</summary>
    E,
}
